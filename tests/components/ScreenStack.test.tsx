import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScreenStack } from '../../src/app/ScreenStack';
import { useScreenStack } from '../../src/app/screenStackContext';
import { BackHandlerProvider } from '../../src/tv/BackHandlerProvider';
import { FocusableButton } from '../../src/tv/FocusableButton';
import { destroySpatialNavigation, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { useScreenDefaultFocus } from '../../src/tv/useScreen';
import { createFakeLayoutAdapter } from './support/fakeLayout';
import { press, settle } from './support/keys';

/** Buttons of both test screens, stacked one under the other. */
const BUTTON_TOPS: Record<string, number> = { 'menu-first': 100, 'menu-second': 200, 'menu-open': 300, 'detail-close': 100, 'detail-other': 200 };

function DetailScreen() {
  const stack = useScreenStack();
  useScreenDefaultFocus('detail-close');

  return (
    <>
      <FocusableButton focusKey="detail-close" onPress={() => stack.pop()}>
        Close
      </FocusableButton>
      <FocusableButton focusKey="detail-other" onPress={() => undefined}>
        Other
      </FocusableButton>
    </>
  );
}

function MenuScreen() {
  const stack = useScreenStack();
  useScreenDefaultFocus('menu-first');

  return (
    <>
      <FocusableButton focusKey="menu-first" onPress={() => undefined}>
        First
      </FocusableButton>
      <FocusableButton focusKey="menu-second" onPress={() => undefined}>
        Second
      </FocusableButton>
      <FocusableButton focusKey="menu-open" onPress={() => stack.push({ id: 'detail', render: () => <DetailScreen /> })}>
        Open
      </FocusableButton>
    </>
  );
}

let leaveCount = 0;

function renderStack() {
  return render(
    <BackHandlerProvider>
      <ScreenStack
        root={{ id: 'menu', render: () => <MenuScreen /> }}
        leaveApp={() => {
          leaveCount += 1;
        }}
      />
    </BackHandlerProvider>,
  );
}

beforeEach(() => {
  leaveCount = 0;
  initSpatialNavigation({
    layoutAdapter: createFakeLayoutAdapter((focusKey) => {
      const top = BUTTON_TOPS[focusKey];
      return top === undefined ? undefined : { left: 100, top, width: 400, height: 80 };
    }),
  });
});

afterEach(() => {
  destroySpatialNavigation();
});

describe('screen stack', () => {
  it('focuses the default key of the first screen', async () => {
    renderStack();
    await settle();

    expect(getCurrentFocusKey()).toBe('menu-first');
    expect(document.activeElement?.textContent).toBe('First');
  });

  it('opens a pushed screen with its own default focus', async () => {
    renderStack();
    await settle();

    await press('down');
    await press('down');
    await press('enter');

    expect(getCurrentFocusKey()).toBe('detail-close');
    expect(screen.getByText('Open').closest('[data-screen]')?.hasAttribute('hidden')).toBe(true);
  });

  it('restores the focus key on Back', async () => {
    renderStack();
    await settle();
    await press('down');
    await press('down');
    await press('enter');
    await press('down');
    expect(getCurrentFocusKey()).toBe('detail-other');

    await press('escape');

    expect(screen.queryByText('Close')).toBeNull();
    expect(getCurrentFocusKey()).toBe('menu-open');
    expect(leaveCount).toBe(0);
  });

  it('keeps arrows inside the top screen', async () => {
    renderStack();
    await settle();
    await press('down');
    await press('down');
    await press('enter');

    await press('up');
    await press('left');

    expect(getCurrentFocusKey()).toBe('detail-close');
  });

  it('pops with the webOS Back key code', async () => {
    renderStack();
    await settle();
    await press('down');
    await press('down');
    await press('enter');
    expect(getCurrentFocusKey()).toBe('detail-close');

    await press('webOsBack');

    expect(getCurrentFocusKey()).toBe('menu-open');
    expect(leaveCount).toBe(0);
  });

  it('leaves the app on Back from the first screen', async () => {
    renderStack();
    await settle();

    await press('backspace');

    expect(leaveCount).toBe(1);
    expect(screen.getByText('First')).toBeTruthy();
  });

  it('ignores the LG pointer key codes', async () => {
    renderStack();
    await settle();
    await press('down');
    await press('down');
    await press('enter');

    await press('lgPointerShown');

    expect(getCurrentFocusKey()).toBe('detail-close');
    expect(leaveCount).toBe(0);
  });
});
