import type { FocusableComponent, FocusableComponentLayout, LayoutAdapter } from '@noriginmedia/norigin-spatial-navigation';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The page's box at 1080p, given to screen frames and anything the test did not place. */
export const FULL_SCREEN: Box = { left: 0, top: 0, width: 1920, height: 1080 };

/**
 * A norigin layout adapter (partial: key listeners and focus come from its web adapter) that
 * returns the boxes a test assigns, because jsdom computes no layout and measures everything 0×0.
 */
export function createFakeLayoutAdapter(boxFor: (focusKey: string, node: HTMLElement) => Box | undefined): Partial<LayoutAdapter> {
  return {
    measureLayout: async (component: FocusableComponent): Promise<FocusableComponentLayout> => {
      const box = boxFor(component.focusKey, component.node) ?? FULL_SCREEN;

      return {
        ...box,
        x: box.left,
        y: box.top,
        right: box.left + box.width,
        bottom: box.top + box.height,
        node: component.node,
      };
    },
  };
}
