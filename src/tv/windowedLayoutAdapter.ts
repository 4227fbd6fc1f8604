import { BaseWebAdapter, type FocusableComponent, type FocusableComponentLayout } from '@noriginmedia/norigin-spatial-navigation';

/**
 * Marks the node of a card that a windowed row, list or grid places itself. Its container moves
 * the focus by index (`nextFocusResolver`), so nothing needs the card's measured box.
 */
export const WINDOWED_CARD_ATTRIBUTE = 'data-windowed';

function emptyLayout(node: FocusableComponent['node']): FocusableComponentLayout {
  return { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0, node };
}

/**
 * norigin's web adapter, except that it does not measure windowed cards. On every move, norigin 3.3
 * measures the card that loses the focus and the one that gets it, right after DOM `focus()` and
 * before React commits the move. Its `offsetWidth` and `offsetLeft` reads then force a style and
 * layout pass, which the frame does again. A windowed card gets a zero box instead, because norigin
 * reads a card's box only to rank its siblings, and the container's resolver ranks them.
 */
export class WindowedLayoutAdapter extends BaseWebAdapter {
  constructor(...args: ConstructorParameters<typeof BaseWebAdapter>) {
    super(...args);

    const measureNode = this.measureLayout;
    this.measureLayout = (component) => {
      const node = component.node;
      if (node instanceof Element && node.hasAttribute(WINDOWED_CARD_ATTRIBUTE)) {
        return Promise.resolve(emptyLayout(node));
      }

      return measureNode(component);
    };
  }
}
