import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { act, render, screen } from '@testing-library/react';
import { lazy, Suspense, type ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScreenLoading } from '../../src/app/ScreenLoading';
import { ScreenStack } from '../../src/app/ScreenStack';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { BackHandlerProvider } from '../../src/tv/BackHandlerProvider';
import { FocusableButton } from '../../src/tv/FocusableButton';
import { destroySpatialNavigation, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { useScreenDefaultFocus } from '../../src/tv/useScreen';
import { createFakeLayoutAdapter } from './support/fakeLayout';
import { press, settle } from './support/keys';
import { createTestLocaleStore } from './support/TestProviders';

function LoadedScreen() {
  useScreenDefaultFocus('loaded-second');

  return (
    <>
      <FocusableButton focusKey="loaded-first" onPress={() => undefined}>
        First
      </FocusableButton>
      <FocusableButton focusKey="loaded-second" onPress={() => undefined}>
        Second
      </FocusableButton>
    </>
  );
}

/** Creates a lazy screen whose code arrives when the test calls `finishLoading`. */
function createSlowScreen() {
  let finishLoading: () => void = () => undefined;
  const loaded = new Promise<{ default: ComponentType }>((resolve) => {
    finishLoading = () => resolve({ default: LoadedScreen });
  });

  return { SlowScreen: lazy(() => loaded), finishLoading: () => finishLoading() };
}

function renderSlowStack(language: string) {
  const { SlowScreen, finishLoading } = createSlowScreen();

  render(
    <I18nProvider store={createTestLocaleStore(language)}>
      <BackHandlerProvider>
        <ScreenStack
          root={{
            id: 'slow',
            render: () => (
              <Suspense fallback={<ScreenLoading screenId="slow" />}>
                <SlowScreen />
              </Suspense>
            ),
          }}
          leaveApp={() => undefined}
        />
      </BackHandlerProvider>
    </I18nProvider>,
  );

  return finishLoading;
}

beforeEach(() => {
  initSpatialNavigation({
    layoutAdapter: createFakeLayoutAdapter((focusKey) => {
      const top = { 'loading:slow': 100, 'loaded-first': 100, 'loaded-second': 200 }[focusKey];
      return top === undefined ? undefined : { left: 100, top, width: 400, height: 80 };
    }),
  });
});

afterEach(() => {
  destroySpatialNavigation();
});

describe('screen loading state', () => {
  it('shows a translated status', async () => {
    renderSlowStack('fr-FR');
    await settle();

    expect(screen.getByRole('status').textContent).toBe('Chargement…');
  });

  it('holds the focus while the code loads', async () => {
    renderSlowStack('en-US');
    await settle();

    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(getCurrentFocusKey()).toBe('loading:slow');
    expect(document.activeElement).toBe(screen.getByTestId('screen-loading'));

    await press('down');

    expect(getCurrentFocusKey()).toBe('loading:slow');
  });

  it('hands the focus to the loaded screen', async () => {
    const finishLoading = renderSlowStack('en-US');
    await settle();
    await press('down');

    await act(async () => {
      finishLoading();
    });
    await settle();

    expect(screen.queryByTestId('screen-loading')).toBeNull();
    expect(getCurrentFocusKey()).toBe('loaded-second');
    expect(document.activeElement?.textContent).toBe('Second');
  });
});
