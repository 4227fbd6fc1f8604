import { doesFocusableExist, getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { act, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FocusableButton } from '../../src/tv/FocusableButton';
import { getItemOffset, type GridGeometry } from '../../src/tv/gridWindow';
import { ScreenFrame } from '../../src/tv/ScreenFrame';
import { destroySpatialNavigation, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { useScreenDefaultFocus } from '../../src/tv/useScreen';
import { VirtualGrid } from '../../src/tv/VirtualGrid';
import { createFakeLayoutAdapter } from './support/fakeLayout';
import { hold, press, settle } from './support/keys';

/** The geometry of My shows: eight columns, two full rows in view. */
const GEOMETRY: GridGeometry = { columns: 8, itemWidth: 180, itemHeight: 346, columnGap: 40, rowGap: 36, viewportHeight: 730 };

/** Where the grid's track starts on the page, under a button row. */
const GRID_LEFT = 96;
const GRID_TOP = 226;

/** Two full rows and two overscan rows below them, at the top of the list. */
const MOUNTED_AT_TOP = 4 * 8;

/** Two rows above, two in view and two below, deeper in the list. */
const MOUNTED_MAX = 6 * 8;

interface Item {
  id: number;
  title: string;
}

function makeItems(count: number): Item[] {
  return Array.from({ length: count }, (_, index) => ({ id: index + 1, title: `Show ${index + 1}` }));
}

function itemKey(item: Item): string {
  return `show-${item.id}`;
}

/** Lets a test replace the grid's items, as a refetch does. */
let replaceItems: (items: Item[]) => void = () => undefined;

/** Calls of `renderItem`, the work a key press costs in the cards. */
let renderedCards = 0;

function renderCard(item: Item) {
  renderedCards += 1;
  return <span>{item.title}</span>;
}

function Grid({ initialItems, initialIndex }: { initialItems: Item[]; initialIndex?: number }) {
  const [items, setItems] = useState(initialItems);
  useEffect(() => {
    replaceItems = setItems;
  }, []);
  useScreenDefaultFocus(items.length > 0 ? 'grid' : null);

  return (
    <>
      <FocusableButton focusKey="filter" testId="filter" onPress={() => undefined}>
        Filter
      </FocusableButton>
      <VirtualGrid
        focusKey="grid"
        items={items}
        getItemFocusKey={itemKey}
        geometry={GEOMETRY}
        itemTestId="poster"
        initialIndex={initialIndex}
        renderItem={renderCard}
      />
    </>
  );
}

/**
 * Renders the button row and an empty grid, then fills the grid as a reply does: the screen has
 * placed its first focus by the time the posters arrive, as in the app.
 */
async function renderGrid(count: number, initialIndex?: number): Promise<void> {
  render(
    <ScreenFrame focusKey="screen:test" active>
      <Grid initialItems={[]} initialIndex={initialIndex} />
    </ScreenFrame>,
  );
  await settle();

  act(() => replaceItems(makeItems(count)));
  await settle();
}

function posters(): HTMLElement[] {
  return screen.queryAllByTestId('poster');
}

/** Index of the focused poster, read from the DOM the member would see. */
function focusedIndex(): number | null {
  const focused = posters().filter((poster) => poster.getAttribute('data-focused') === 'true');
  expect(focused.length).toBeLessThanOrEqual(1);
  return focused[0] ? Number(focused[0].getAttribute('data-index')) : null;
}

function firstRow(): number {
  return Number(document.querySelector('.tv-grid__track')?.getAttribute('data-first-row'));
}

beforeEach(() => {
  initSpatialNavigation({
    // Posters sit where the grid's CSS puts them before the track's transform, which norigin's
    // offset-based measuring ignores too. The button row sits above the grid.
    layoutAdapter: createFakeLayoutAdapter((focusKey, node) => {
      const index = node.getAttribute('data-index');
      if (index !== null) {
        const offset = getItemOffset(Number(index), GEOMETRY);
        return { left: GRID_LEFT + offset.left, top: GRID_TOP + offset.top, width: GEOMETRY.itemWidth, height: GEOMETRY.itemHeight };
      }

      if (focusKey === 'filter') {
        return { left: 96, top: 130, width: 200, height: 72 };
      }

      if (focusKey === 'grid') {
        return { left: GRID_LEFT, top: GRID_TOP, width: 1720, height: GEOMETRY.viewportHeight };
      }

      return undefined;
    }),
  });
});

afterEach(() => {
  destroySpatialNavigation();
});

describe('virtual grid', () => {
  it('focuses the first poster when it opens', async () => {
    await renderGrid(2000);

    expect(getCurrentFocusKey()).toBe('show-1');
    expect(focusedIndex()).toBe(0);
  });

  it('mounts only the visible rows and the overscan', async () => {
    await renderGrid(2000);

    expect(posters()).toHaveLength(MOUNTED_AT_TOP);
    expect(doesFocusableExist('show-32')).toBe(true);
    expect(doesFocusableExist('show-33')).toBe(false);
    expect(doesFocusableExist('show-2000')).toBe(false);
  });

  it('moves one column per right arrow and one row per down arrow', async () => {
    await renderGrid(2000);

    await press('right');
    await press('right');
    expect(focusedIndex()).toBe(2);

    await press('down');
    expect(focusedIndex()).toBe(10);

    await press('left');
    expect(focusedIndex()).toBe(9);
  });

  it('keeps the view still while the focused row is fully visible', async () => {
    await renderGrid(2000);

    await press('down');

    expect(focusedIndex()).toBe(8);
    expect(firstRow()).toBe(0);
  });

  it('scrolls with a transform when the focus passes the bottom edge', async () => {
    await renderGrid(2000);

    await press('down');
    await press('down');

    expect(focusedIndex()).toBe(16);
    expect(firstRow()).toBe(1);
    const track = document.querySelector<HTMLElement>('.tv-grid__track');
    expect(track?.style.transform).toBe(`translate3d(0, ${-(GEOMETRY.itemHeight + GEOMETRY.rowGap)}px, 0)`);
    expect(doesFocusableExist('show-1')).toBe(true);
  });

  it('scrolls back up when the focus passes the top edge', async () => {
    await renderGrid(2000);
    for (let step = 0; step < 6; step += 1) {
      await press('down');
    }
    expect(firstRow()).toBe(5);

    await press('up');
    await press('up');

    expect(focusedIndex()).toBe(32);
    expect(firstRow()).toBe(4);
  });

  it('keeps the mounted posters few on every press to the last of 2,000', async () => {
    await renderGrid(2000);

    let largestMount = 0;
    for (let step = 0; step < 249; step += 1) {
      await press('down');
      largestMount = Math.max(largestMount, posters().length);
    }
    await press('right');
    await press('right');
    await press('right');
    await press('right');
    await press('right');
    await press('right');
    await press('right');

    expect(focusedIndex()).toBe(1999);
    expect(getCurrentFocusKey()).toBe('show-2000');
    expect(largestMount).toBeLessThanOrEqual(MOUNTED_MAX);
    expect(doesFocusableExist('show-1')).toBe(false);
  }, 60_000);

  it('stays on the last row on down', async () => {
    await renderGrid(20);

    await press('down');
    await press('down');
    await press('down');

    expect(focusedIndex()).toBe(16);
    expect(firstRow()).toBe(1);
  });

  it('moves one row for a burst of held-key repeats', async () => {
    await renderGrid(2000);

    // Six key-downs within a few milliseconds: the 120 ms throttle lets only the first through.
    await hold('down', 6);

    expect(focusedIndex()).toBe(8);
  });

  it('leaves the grid upwards and comes back to the same poster', async () => {
    await renderGrid(2000);
    await press('down');
    await press('down');
    await press('right');
    await press('up');
    await press('up');

    await press('up');
    expect(getCurrentFocusKey()).toBe('filter');
    expect(focusedIndex()).toBeNull();

    await press('down');
    expect(getCurrentFocusKey()).toBe('show-2');
  });

  it('keeps the focused show when a refresh moves it', async () => {
    await renderGrid(200);
    for (let step = 0; step < 5; step += 1) {
      await press('down');
    }
    expect(getCurrentFocusKey()).toBe('show-41');

    // The show moves to the front of the list, as "last seen" order does after marking it watched.
    const items = makeItems(200);
    const moved = items.splice(40, 1);
    act(() => replaceItems([...moved, ...items]));
    await settle();

    expect(getCurrentFocusKey()).toBe('show-41');
    expect(focusedIndex()).toBe(0);
    expect(firstRow()).toBe(0);
  });

  it('moves the focus to the neighbour when a refresh removes the show', async () => {
    await renderGrid(200);
    for (let step = 0; step < 5; step += 1) {
      await press('down');
    }
    expect(getCurrentFocusKey()).toBe('show-41');

    act(() => replaceItems(makeItems(200).filter((item) => item.id !== 41)));
    // Norigin gives the focus back to the grid 300 ms after the focused poster goes.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();

    expect(getCurrentFocusKey()).toBe('show-42');
    expect(focusedIndex()).toBe(40);
  });

  it('pulls the view back when the list shrinks under it', async () => {
    await renderGrid(200);
    for (let step = 0; step < 20; step += 1) {
      await press('down');
    }
    expect(firstRow()).toBe(19);

    act(() => replaceItems(makeItems(30)));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();

    expect(firstRow()).toBe(2);
    expect(getCurrentFocusKey()).toBe('show-30');
  });

  it('starts on the given item, scrolled into view', async () => {
    await renderGrid(2000, 100);

    expect(getCurrentFocusKey()).toBe('show-101');
    expect(focusedIndex()).toBe(100);
    // Item 100 is in row 12, the second of the two rows in view.
    expect(firstRow()).toBe(11);
    expect(doesFocusableExist('show-1')).toBe(false);
  });

  it('re-renders only the two cards whose focus changed', async () => {
    await renderGrid(2000);
    await press('right');

    renderedCards = 0;
    await press('right');
    await press('down');

    // Each move renders the card that lost the focus and the one that got it, out of 32 mounted.
    expect(focusedIndex()).toBe(10);
    expect(renderedCards).toBe(4);
  });
});
