import { doesFocusableExist, getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HorizontalRow } from '../../src/tv/HorizontalRow';
import { ScreenFrame } from '../../src/tv/ScreenFrame';
import { destroySpatialNavigation, HELD_KEY_THROTTLE_MS, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { useScreenDefaultFocus } from '../../src/tv/useScreen';
import { createFakeLayoutAdapter } from './support/fakeLayout';
import { hold, press, settle } from './support/keys';

const GEOMETRY = { itemWidth: 260, gap: 36, viewportWidth: 1728 };
const STRIDE = GEOMETRY.itemWidth + GEOMETRY.gap;

interface Item {
  id: number;
  title: string;
}

function makeItems(count: number): Item[] {
  return Array.from({ length: count }, (_, index) => ({ id: index + 1, title: `Show ${index + 1}` }));
}

function cardKey(item: Item): string {
  return `card-${item.id}`;
}

function Row({ items }: { items: Item[] }) {
  useScreenDefaultFocus(items[0] ? cardKey(items[0]) : null);

  return (
    <HorizontalRow
      focusKey="row"
      items={items}
      getItemFocusKey={cardKey}
      geometry={GEOMETRY}
      itemHeight={390}
      itemTestId="card"
      renderItem={(item) => <span>{item.title}</span>}
    />
  );
}

function renderRow(count: number) {
  return render(
    <ScreenFrame focusKey="screen:test" active>
      <Row items={makeItems(count)} />
    </ScreenFrame>,
  );
}

/** Index of the focused card, read from the DOM the member would see. */
function focusedIndex(): number {
  const focused = screen.getAllByTestId('card').filter((card) => card.getAttribute('data-focused') === 'true');
  expect(focused).toHaveLength(1);
  return Number(focused[0]?.getAttribute('data-index'));
}

function firstVisible(): number {
  return Number(document.querySelector('.tv-row__track')?.getAttribute('data-first-visible'));
}

beforeEach(() => {
  initSpatialNavigation({
    // Cards sit where the row's CSS puts them before the track's transform: one stride apart.
    layoutAdapter: createFakeLayoutAdapter((_focusKey, node) => {
      const index = node.getAttribute('data-index');
      if (index === null) {
        return undefined;
      }
      return { left: 96 + Number(index) * STRIDE, top: 400, width: GEOMETRY.itemWidth, height: 390 };
    }),
  });
});

afterEach(() => {
  destroySpatialNavigation();
});

describe('horizontal row', () => {
  it('focuses the first card when it opens', async () => {
    renderRow(200);
    await settle();

    expect(getCurrentFocusKey()).toBe('card-1');
    expect(focusedIndex()).toBe(0);
  });

  it('renders only the visible cards plus the overscan', async () => {
    renderRow(200);
    await settle();

    // Six cards show at least partly in 1728 px, plus three of overscan on the right.
    expect(screen.getAllByTestId('card')).toHaveLength(9);
    expect(doesFocusableExist('card-9')).toBe(true);
    expect(doesFocusableExist('card-10')).toBe(false);
    expect(doesFocusableExist('card-150')).toBe(false);
  });

  it('moves the focus one card per right arrow', async () => {
    renderRow(200);
    await settle();

    await press('right');
    await press('right');

    expect(focusedIndex()).toBe(2);
    expect(getCurrentFocusKey()).toBe('card-3');
  });

  it('keeps the row still while the focused card is fully visible', async () => {
    renderRow(200);
    await settle();

    for (let step = 0; step < 4; step += 1) {
      await press('right');
    }

    expect(focusedIndex()).toBe(4);
    expect(firstVisible()).toBe(0);
  });

  it('scrolls when the focus passes the right edge', async () => {
    renderRow(200);
    await settle();

    for (let step = 0; step < 7; step += 1) {
      await press('right');
    }

    expect(focusedIndex()).toBe(7);
    // Five cards fit entirely, so card 7 is the fifth visible one when card 3 is at the left edge.
    expect(firstVisible()).toBe(3);
    const track = document.querySelector<HTMLElement>('.tv-row__track');
    expect(track?.style.transform).toBe(`translate3d(${-3 * STRIDE}px, 0, 0)`);
  });

  it('keeps the registered window small deep into a long row', async () => {
    renderRow(200);
    await settle();

    for (let step = 0; step < 20; step += 1) {
      await press('right');
    }

    expect(focusedIndex()).toBe(20);
    expect(screen.getAllByTestId('card').length).toBeLessThanOrEqual(12);
    expect(doesFocusableExist('card-1')).toBe(false);
    expect(doesFocusableExist('card-22')).toBe(true);
  });

  it('scrolls back when the focus passes the left edge', async () => {
    renderRow(200);
    await settle();
    for (let step = 0; step < 10; step += 1) {
      await press('right');
    }
    expect(firstVisible()).toBe(6);

    for (let step = 0; step < 5; step += 1) {
      await press('left');
    }

    expect(focusedIndex()).toBe(5);
    expect(firstVisible()).toBe(5);
  });

  it('stays on the first card on left', async () => {
    renderRow(200);
    await settle();

    await press('left');

    expect(focusedIndex()).toBe(0);
  });

  it('stops on the last card of a short row', async () => {
    renderRow(3);
    await settle();

    for (let step = 0; step < 5; step += 1) {
      await press('right');
    }

    expect(focusedIndex()).toBe(2);
    expect(firstVisible()).toBe(0);
  });

  it('moves once for a burst of held-key repeats', async () => {
    renderRow(200);
    await settle();

    // Five key-downs within a few milliseconds: the 120 ms throttle lets only the first through.
    await hold('right', 5);

    expect(focusedIndex()).toBe(1);
  });

  it('moves again once the throttle interval has passed', async () => {
    renderRow(200);
    await settle();

    await act(async () => {
      fireEvent.keyDown(window, { key: 'ArrowRight', keyCode: 39 });
    });
    await settle();
    await new Promise((resolve) => setTimeout(resolve, HELD_KEY_THROTTLE_MS + 30));
    await act(async () => {
      fireEvent.keyDown(window, { key: 'ArrowRight', keyCode: 39, repeat: true });
      fireEvent.keyUp(window, { key: 'ArrowRight', keyCode: 39 });
    });
    await settle();

    expect(focusedIndex()).toBe(2);
  });
});
