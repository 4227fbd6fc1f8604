import { getCurrentFocusKey, setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FocusableButton } from '../../src/tv/FocusableButton';
import type { GridGeometry } from '../../src/tv/gridWindow';
import { ScreenFrame } from '../../src/tv/ScreenFrame';
import { destroySpatialNavigation, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { useScreenDefaultFocus } from '../../src/tv/useScreen';
import { VirtualGrid } from '../../src/tv/VirtualGrid';
import { WINDOWED_CARD_ATTRIBUTE } from '../../src/tv/windowedLayoutAdapter';
import { press, settle } from './support/keys';

/*
 * The app's own layout adapter, not a fake one: norigin's web adapter measures a node through
 * `offsetWidth` and its siblings, and each read forces a style and layout pass in a browser. The
 * tests record which nodes are read during one key press.
 */

interface Item {
  id: number;
}

const ITEMS: Item[] = Array.from({ length: 200 }, (_, index) => ({ id: index + 1 }));
const GRID_GEOMETRY: GridGeometry = { columns: 8, itemWidth: 180, itemHeight: 346, columnGap: 40, rowGap: 36, viewportHeight: 730 };

function itemKey(item: Item): string {
  return `item-${item.id}`;
}

function renderCard(item: Item) {
  return <span>{item.id}</span>;
}

function Screen() {
  useScreenDefaultFocus('grid');

  return (
    <>
      <FocusableButton focusKey="top-button" testId="top-button" onPress={() => {}}>
        Top
      </FocusableButton>
      <VirtualGrid focusKey="grid" items={ITEMS} getItemFocusKey={itemKey} renderItem={renderCard} geometry={GRID_GEOMETRY} itemTestId="card" />
    </>
  );
}

let measuredNodes: HTMLElement[] = [];

/** Renders the screen with the focus on the grid's first card. */
async function renderScreen() {
  const view = render(
    <ScreenFrame focusKey="screen:test" active>
      <Screen />
    </ScreenFrame>,
  );
  await settle();

  act(() => setFocus('item-1'));
  await settle();

  return view;
}

/** Sends `key` and returns the nodes whose `offsetWidth` was read for it. */
async function measuredDuring(key: 'left' | 'right' | 'up' | 'down'): Promise<HTMLElement[]> {
  measuredNodes = [];
  await press(key);

  return measuredNodes;
}

beforeEach(() => {
  measuredNodes = [];
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
    measuredNodes.push(this);
    return 0;
  });

  initSpatialNavigation();
});

afterEach(() => {
  destroySpatialNavigation();
  vi.restoreAllMocks();
});

describe('windowed layout adapter', () => {
  it('marks the grid cards as windowed', async () => {
    const { getAllByTestId } = render(
      <ScreenFrame focusKey="screen:test" active>
        <Screen />
      </ScreenFrame>,
    );
    await settle();

    const cards = getAllByTestId('card');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.hasAttribute(WINDOWED_CARD_ATTRIBUTE)).toBe(true);
    }
    expect(getAllByTestId('top-button')[0]?.hasAttribute(WINDOWED_CARD_ATTRIBUTE)).toBe(false);
  });

  it('measures buttons, not grid cards', async () => {
    const { getByTestId } = await renderScreen();
    expect(getCurrentFocusKey()).toBe('item-1');

    const right = await measuredDuring('right');
    expect(getCurrentFocusKey()).toBe('item-2');
    expect(right).toEqual([]);

    // The third Down scrolls the grid and mounts a new row of cards, which norigin registers.
    await press('down');
    await press('down');
    const down = await measuredDuring('down');
    expect(getCurrentFocusKey()).toBe('item-26');
    expect(down.filter((node) => node.hasAttribute(WINDOWED_CARD_ATTRIBUTE))).toEqual([]);

    // A button keeps norigin's measurement, which also shows that the spy records its reads.
    measuredNodes = [];
    act(() => setFocus('top-button'));
    await settle();
    expect(getCurrentFocusKey()).toBe('top-button');
    expect(measuredNodes).toContain(getByTestId('top-button'));
  });
});
