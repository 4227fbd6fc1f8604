import { getCurrentFocusKey, setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HorizontalRow } from '../../src/tv/HorizontalRow';
import type { GridGeometry } from '../../src/tv/gridWindow';
import { ScreenFrame } from '../../src/tv/ScreenFrame';
import { destroySpatialNavigation, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { useScreenDefaultFocus } from '../../src/tv/useScreen';
import { VirtualGrid } from '../../src/tv/VirtualGrid';
import { settle, settleBeforePaint, type TestKey } from './support/keys';

/*
 * A key press inside a windowed row or grid draws the new focus (`is-focused`, `data-focused`)
 * and scrolls the track in the key's own task, and leaves React's render of the move for after
 * the next frame. `settleBeforePaint` stops where the browser would paint that frame, and
 * `settle` runs what follows it. The app's own layout adapter is used, so DOM `focus()` is the
 * app's too.
 */

interface Item {
  id: number;
  title: string;
}

const ITEMS: Item[] = Array.from({ length: 200 }, (_, index) => ({ id: index + 1, title: `Show ${index + 1}` }));
const GRID_GEOMETRY: GridGeometry = { columns: 8, itemWidth: 180, itemHeight: 346, columnGap: 40, rowGap: 36, viewportHeight: 730 };
const ROW_STRIDE = GRID_GEOMETRY.itemHeight + GRID_GEOMETRY.rowGap;

let renderedCards: string[] = [];

function itemKey(item: Item): string {
  return `item-${item.id}`;
}

function renderCard(item: Item, focused: boolean) {
  renderedCards.push(`${item.id}${focused ? ' focused' : ''}`);
  return <span data-testid={focused ? 'focused-content' : undefined}>{item.title}</span>;
}

let reorderItems: () => void = () => {};

/** Renders a grid under a header with the focused title, set from the grid's `onItemFocus` as My shows does. */
function GridScreen() {
  const [items, setItems] = useState(ITEMS);
  const [focusedTitle, setFocusedTitle] = useState('');
  useScreenDefaultFocus('grid');

  // A refresh that puts a new show first moves every item one place on.
  useEffect(() => {
    reorderItems = () => setItems((previous) => [{ id: 999, title: 'New show' }, ...previous]);
  }, []);

  return (
    <>
      <p data-testid="focused-title">{focusedTitle}</p>
      <VirtualGrid
        focusKey="grid"
        items={items}
        getItemFocusKey={itemKey}
        renderItem={renderCard}
        geometry={GRID_GEOMETRY}
        itemTestId="card"
        onItemFocus={(item) => setFocusedTitle(item.title)}
      />
    </>
  );
}

function RowScreen() {
  useScreenDefaultFocus('row');

  return (
    <HorizontalRow
      focusKey="row"
      items={ITEMS}
      getItemFocusKey={itemKey}
      renderItem={renderCard}
      geometry={{ itemWidth: 260, gap: 36, viewportWidth: 1728 }}
      itemHeight={390}
      itemTestId="card"
    />
  );
}

const KEY_CODES = { left: 37, up: 38, right: 39, down: 40 } as const;

/** Sends one arrow press and stops before the frame: norigin has moved, the after-paint work waits. */
async function pressBeforePaint(name: keyof typeof KEY_CODES & TestKey): Promise<void> {
  act(() => {
    fireEvent.keyDown(window, { keyCode: KEY_CODES[name] });
    fireEvent.keyUp(window, { keyCode: KEY_CODES[name] });
  });
  await settleBeforePaint();
}

async function renderOnFirstCard(view: React.ReactElement): Promise<void> {
  render(
    <ScreenFrame focusKey="screen:test" active>
      {view}
    </ScreenFrame>,
  );
  await settle();

  act(() => {
    void setFocus('item-1');
  });
  await settle();
  renderedCards = [];
}

function card(id: number): HTMLElement {
  const found = screen.getAllByTestId('card').find((node) => node.textContent === `Show ${id}`);
  if (!found) {
    throw new Error(`card ${id} is not rendered`);
  }

  return found;
}

function focusedCards(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-focused="true"]'));
}

function track(): HTMLElement {
  const node = document.querySelector<HTMLElement>('.tv-grid__track');
  if (!node) {
    throw new Error('the grid track is not rendered');
  }

  return node;
}

beforeEach(() => {
  renderedCards = [];
  initSpatialNavigation();
});

afterEach(() => {
  destroySpatialNavigation();
});

describe('focus painted before React renders', () => {
  it('draws the new focus before the cards render', async () => {
    await renderOnFirstCard(<GridScreen />);

    await pressBeforePaint('right');

    expect(getCurrentFocusKey()).toBe('item-2');
    expect(focusedCards()).toEqual([card(2)]);
    expect(card(2).classList.contains('is-focused')).toBe(true);
    expect(card(1).classList.contains('is-focused')).toBe(false);
    expect(renderedCards).toEqual([]);
    expect(screen.getByTestId('focused-title').textContent).toBe('Show 1');

    await settle();

    expect(renderedCards.sort()).toEqual(['1', '2 focused']);
    expect(screen.getByTestId('focused-title').textContent).toBe('Show 2');
    expect(screen.getByTestId('focused-content').textContent).toBe('Show 2');
  });

  it('gives DOM focus after the frame', async () => {
    await renderOnFirstCard(<GridScreen />);
    expect(document.activeElement).toBe(card(1));

    await pressBeforePaint('right');
    expect(document.activeElement).toBe(card(1));

    await settle();
    expect(document.activeElement).toBe(card(2));
  });

  it('gives DOM focus only to the last card of fast keys', async () => {
    await renderOnFirstCard(<GridScreen />);

    await pressBeforePaint('right');
    await pressBeforePaint('right');
    await settle();

    expect(getCurrentFocusKey()).toBe('item-3');
    expect(document.activeElement).toBe(card(3));
  });

  it('scrolls the grid before it renders', async () => {
    await renderOnFirstCard(<GridScreen />);
    await settle();
    await pressBeforePaint('down');
    await settle();
    expect(track().getAttribute('data-first-row')).toBe('0');
    renderedCards = [];

    // Row 2 is below the two rows in view.
    await pressBeforePaint('down');

    expect(getCurrentFocusKey()).toBe('item-17');
    expect(track().getAttribute('data-first-row')).toBe('1');
    expect(track().style.transform).toBe(`translate3d(0, ${-ROW_STRIDE}px, 0)`);
    expect(renderedCards).toEqual([]);

    await settle();

    expect(track().getAttribute('data-first-row')).toBe('1');
    expect(track().style.transform).toBe(`translate3d(0, ${-ROW_STRIDE}px, 0)`);
    expect(renderedCards).toContain('17 focused');
  });

  it('keeps the focus look through a render before the frame', async () => {
    await renderOnFirstCard(<GridScreen />);
    await pressBeforePaint('right');

    // The grid and both cards render with the state from before the move.
    act(() => reorderItems());

    expect(focusedCards()).toEqual([card(2)]);
    expect(card(2).classList.contains('is-focused')).toBe(true);
    expect(card(1).classList.contains('is-focused')).toBe(false);

    await settle();

    expect(getCurrentFocusKey()).toBe('item-2');
    expect(focusedCards()).toEqual([card(2)]);
    expect(screen.getByTestId('focused-content').textContent).toBe('Show 2');
  });

  it('leaves one focused card after fast keys', async () => {
    await renderOnFirstCard(<GridScreen />);

    for (const key of ['right', 'right', 'down', 'right', 'left', 'down'] as const) {
      await pressBeforePaint(key);
      expect(focusedCards()).toHaveLength(1);
    }

    expect(getCurrentFocusKey()).toBe('item-19');
    expect(focusedCards()).toEqual([card(19)]);

    await settle();

    expect(focusedCards()).toEqual([card(19)]);
    expect(document.querySelectorAll('.is-focused')).toHaveLength(1);
    expect(screen.getAllByTestId('focused-content').map((node) => node.textContent)).toEqual(['Show 19']);
    expect(screen.getByTestId('focused-title').textContent).toBe('Show 19');
  });

  it('draws the focus in a row before it renders', async () => {
    await renderOnFirstCard(<RowScreen />);

    await pressBeforePaint('right');

    expect(focusedCards()).toEqual([card(2)]);
    expect(renderedCards).toEqual([]);

    await settle();

    expect(renderedCards.sort()).toEqual(['1', '2 focused']);
  });

  it('focuses a card under the mouse', async () => {
    await renderOnFirstCard(<GridScreen />);

    act(() => {
      fireEvent.mouseEnter(card(3));
    });
    await settleBeforePaint();

    expect(getCurrentFocusKey()).toBe('item-3');
    expect(focusedCards()).toEqual([card(3)]);
    expect(card(3).classList.contains('is-focused')).toBe(true);

    await settle();

    expect(screen.getByTestId('focused-title').textContent).toBe('Show 3');
  });
});
