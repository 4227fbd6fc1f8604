import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { render } from '@testing-library/react';
import { useCallback, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getItemOffset, type GridGeometry } from '../../src/tv/gridWindow';
import { HorizontalRow } from '../../src/tv/HorizontalRow';
import { ScreenFrame } from '../../src/tv/ScreenFrame';
import { destroySpatialNavigation, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { useScreenDefaultFocus } from '../../src/tv/useScreen';
import { VerticalList } from '../../src/tv/VerticalList';
import { VirtualGrid } from '../../src/tv/VirtualGrid';
import { createFakeLayoutAdapter } from './support/fakeLayout';
import { press, settle } from './support/keys';

/*
 * A key press costs a render of the cards it touches. These tests count the calls of `renderItem`
 * and `getItemLabel` per move while the screen around the container renders again on every move,
 * as Home and My shows do (the focused title in a header, new inline handlers). A label does not
 * change with the focus, so only a card that mounts computes one.
 */

interface Item {
  id: number;
  title: string;
}

const ITEMS: Item[] = Array.from({ length: 300 }, (_, index) => ({ id: index + 1, title: `Show ${index + 1}` }));

const ROW_GEOMETRY = { itemWidth: 260, gap: 36, viewportWidth: 1728 };
const GRID_GEOMETRY: GridGeometry = { columns: 8, itemWidth: 180, itemHeight: 346, columnGap: 40, rowGap: 36, viewportHeight: 730 };

let renderedCards: number[] = [];
let labelledCards: number[] = [];

function itemKey(item: Item): string {
  return `item-${item.id}`;
}

function renderCard(item: Item, focused: boolean) {
  renderedCards.push(item.id);
  return <span>{focused ? `[${item.title}]` : item.title}</span>;
}

function labelOf(item: Item): string {
  labelledCards.push(item.id);
  return item.title;
}

type Shape = 'row' | 'list' | 'grid';

/** Renders a screen that stores the focused item in its state, so every move renders it and the container again. */
function Screen({ shape }: { shape: Shape }) {
  const [focusedTitle, setFocusedTitle] = useState('');
  const [presses, setPresses] = useState(0);
  useScreenDefaultFocus('container');

  // A stable label function, as the screens give: the cards call it only when they render.
  const getItemLabel = useCallback((item: Item) => labelOf(item), []);

  const common = {
    focusKey: 'container',
    items: ITEMS,
    getItemFocusKey: itemKey,
    renderItem: renderCard,
    getItemLabel,
    itemTestId: 'card',
    // A new function on every render, as an inline handler in a screen is.
    onItemPress: () => setPresses(presses + 1),
  };

  return (
    <>
      <p data-testid="focused-title">{focusedTitle}</p>
      {shape === 'row' ? <HorizontalRow {...common} geometry={ROW_GEOMETRY} itemHeight={390} /> : null}
      {shape === 'list' ? <VerticalList {...common} itemHeight={120} gap={24} viewportHeight={720} width={1200} /> : null}
      {shape === 'grid' ? <VirtualGrid {...common} geometry={GRID_GEOMETRY} onItemFocus={(item) => setFocusedTitle(item.title)} /> : null}
    </>
  );
}

async function renderScreen(shape: Shape): Promise<void> {
  render(
    <ScreenFrame focusKey="screen:test" active>
      <Screen shape={shape} />
    </ScreenFrame>,
  );
  await settle();
}

/** Sends `key` and returns the ids of the cards rendered and labelled for that press. */
async function countRendersOf(key: 'left' | 'right' | 'up' | 'down'): Promise<{ rendered: number[]; labelled: number[] }> {
  renderedCards = [];
  labelledCards = [];

  await press(key);

  return { rendered: [...renderedCards].sort((a, b) => a - b), labelled: [...labelledCards].sort((a, b) => a - b) };
}

beforeEach(() => {
  renderedCards = [];
  labelledCards = [];

  initSpatialNavigation({
    layoutAdapter: createFakeLayoutAdapter((_focusKey, node) => {
      const index = node.getAttribute('data-index');
      if (index === null) {
        return undefined;
      }

      const offset = getItemOffset(Number(index), GRID_GEOMETRY);
      return { left: 96 + offset.left, top: 226 + offset.top, width: GRID_GEOMETRY.itemWidth, height: GRID_GEOMETRY.itemHeight };
    }),
  });
});

afterEach(() => {
  destroySpatialNavigation();
});

describe('focus move renders', () => {
  it('row renders only the two cards of a move', async () => {
    await renderScreen('row');
    expect(getCurrentFocusKey()).toBe('item-1');

    const move = await countRendersOf('right');

    expect(getCurrentFocusKey()).toBe('item-2');
    expect(move.rendered).toEqual([1, 2]);
    expect(move.labelled).toEqual([]);
  });

  it('row renders the cards it scrolls in, not the others', async () => {
    await renderScreen('row');
    for (let step = 0; step < 6; step += 1) {
      await press('right');
    }

    // Card 8 passes the right edge: the row scrolls by one card and mounts card 12 at the end of its overscan.
    const move = await countRendersOf('right');

    expect(getCurrentFocusKey()).toBe('item-8');
    expect(move.rendered).toEqual([7, 8, 12]);
    expect(move.labelled).toEqual([12]);
  });

  it('list renders only the two items of a move', async () => {
    await renderScreen('list');

    const move = await countRendersOf('down');

    expect(getCurrentFocusKey()).toBe('item-2');
    expect(move.rendered).toEqual([1, 2]);
    expect(move.labelled).toEqual([]);
  });

  it('grid renders only the two posters of a move', async () => {
    await renderScreen('grid');
    await press('right');

    const across = await countRendersOf('right');
    const down = await countRendersOf('down');

    expect(getCurrentFocusKey()).toBe('item-11');
    expect(across.rendered).toEqual([2, 3]);
    expect(across.labelled).toEqual([]);
    expect(down.rendered).toEqual([3, 11]);
    expect(down.labelled).toEqual([]);
  });
});
