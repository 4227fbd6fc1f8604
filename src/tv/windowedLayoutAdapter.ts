import { BaseWebAdapter, type FocusableComponent, type FocusableComponentLayout } from '@noriginmedia/norigin-spatial-navigation';
import { runAfterNextPaint } from './afterNextPaint';

/**
 * Marks the node of a card that a windowed row, list or grid places itself. Its container moves
 * the focus by index (`nextFocusResolver`), so nothing needs the card's measured box.
 */
export const WINDOWED_CARD_ATTRIBUTE = 'data-windowed';

function isWindowedCard(node: FocusableComponent['node']): boolean {
  return node instanceof Element && node.hasAttribute(WINDOWED_CARD_ATTRIBUTE);
}

function emptyLayout(node: FocusableComponent['node']): FocusableComponentLayout {
  return { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0, node };
}

/**
 * norigin's web adapter, except for windowed cards, in two ways.
 *
 * - A windowed card is not measured. On every move, norigin 3.3 measures the card that loses the
 *   focus and the one that gets it, right after DOM `focus()` and before React commits the move.
 *   Its `offsetWidth` and `offsetLeft` reads then force a style and layout pass, which the frame
 *   does again. A windowed card gets a zero box instead, because norigin reads a card's box only
 *   to rank its siblings, and the container's resolver ranks them.
 * - A windowed card gets `data-focused` at once but its DOM `focus()` after the next frame, and
 *   only if it still has norigin's focus then. `focus()` forces a style pass before the frame:
 *   7.9 ms a press in a CPU profile of My shows at 4× CPU throttling. Only screen readers need
 *   it, because the keys go to norigin's window listener and the look comes from `is-focused`.
 */
export class WindowedLayoutAdapter extends BaseWebAdapter {
  constructor(...args: ConstructorParameters<typeof BaseWebAdapter>) {
    super(...args);

    const [service] = args;

    const measureNode = this.measureLayout;
    this.measureLayout = (component) => {
      if (isWindowedCard(component.node)) {
        return Promise.resolve(emptyLayout(component.node));
      }

      return measureNode(component);
    };

    const focusNode = this.focusNode;
    this.focusNode = (component) => {
      if (!isWindowedCard(component.node)) {
        focusNode(component);
        return;
      }

      component.node.setAttribute('data-focused', 'true');
      runAfterNextPaint(() => {
        if (service.getCurrentFocusKey() === component.focusKey && component.node.isConnected) {
          focusNode(component);
        }
      });
    };
  }
}
