import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, InvalidResponseError, NetworkError, TimeoutError } from '../../src/api/errors';
import type { DeviceFlowProvider } from '../../src/pairing/types';
import { NEW_CODE_FOCUS_KEY, PairingScreen } from '../../src/screens/Pairing/PairingScreen';
import { destroySpatialNavigation, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { createFakeLayoutAdapter } from './support/fakeLayout';
import { settle } from './support/keys';
import { createScriptedProvider, makeDeviceCode } from './support/scriptedDeviceFlowProvider';
import { createTestLocaleStore, TestScreen } from './support/TestProviders';

const BOXES: Record<string, { left: number; top: number; width: number; height: number }> = {
  'pairing-language': { left: 1600, top: 54, width: 220, height: 72 },
  [NEW_CODE_FOCUS_KEY]: { left: 96, top: 900, width: 300, height: 72 },
};

function renderPairing(provider: DeviceFlowProvider, language?: string) {
  return render(
    <TestScreen localeStore={createTestLocaleStore(language)}>
      <PairingScreen provider={provider} onAuthorized={() => undefined} />
    </TestScreen>,
  );
}

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
  await settle();
}

function status(): string {
  return screen.getByTestId('pairing-status').textContent ?? '';
}

function code(): string {
  return screen.getByTestId('user-code').textContent ?? '';
}

/** Renders the screen, lets the first poll (at 5 s) return `error` as a transient fault, and settles. */
async function renderWithFailedPoll(error: unknown, retryAfterSeconds: number | null = null, language?: string): Promise<void> {
  const provider = createScriptedProvider();
  provider.outcomes.push({ kind: 'transient', retryAfterSeconds, error });
  renderPairing(provider, language);
  await settle();

  await advance(5_000);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-01-15T20:00:00Z'));
  initSpatialNavigation({ layoutAdapter: createFakeLayoutAdapter((focusKey) => BOXES[focusKey]) });
});

afterEach(() => {
  destroySpatialNavigation();
  vi.useRealTimers();
});

describe('pairing status under transient faults', () => {
  it('says BetaSeries is not answering after a timeout', async () => {
    await renderWithFailedPoll(new TimeoutError(15_000));

    expect(status()).toBe('BetaSeries is not answering. Trying again in 5 s. Your code is still valid.');
    expect(code()).toBe('975-820');
  });

  it('says BetaSeries has a problem after an HTML 502 page', async () => {
    await renderWithFailedPoll(new InvalidResponseError('HTML page', 502));

    expect(status()).toBe('BetaSeries has a problem on its side. Trying again in 5 s. Your code is still valid.');
  });

  it('says BetaSeries has a problem after a JSON 503', async () => {
    await renderWithFailedPoll(new ApiError(0, 'Maintenance', 503));

    expect(status()).toBe('BetaSeries has a problem on its side. Trying again in 5 s. Your code is still valid.');
  });

  it('waits as long as a 429 asks', async () => {
    await renderWithFailedPoll(new InvalidResponseError('Too Many Requests', 429, 20), 20);

    expect(status()).toBe('BetaSeries asks the TV to wait. Trying again in 20 s. Your code is still valid.');
  });

  it('counts down to the next try', async () => {
    await renderWithFailedPoll(new InvalidResponseError('Too Many Requests', 429, 20), 20);

    await advance(1_000);
    expect(status()).toContain('Trying again in 19 s.');

    await advance(15_000);
    expect(status()).toContain('Trying again in 4 s.');
  });

  it('returns to waiting once a poll gets a reply', async () => {
    await renderWithFailedPoll(new NetworkError('socket hang up'));

    await advance(5_000);

    expect(status()).toBe('Waiting for you to type the code');
    expect(code()).toBe('975-820');
  });

  it('speaks French on a French TV', async () => {
    await renderWithFailedPoll(new TimeoutError(15_000), null, 'fr-FR');

    expect(status()).toBe('BetaSeries ne répond pas. Nouvel essai dans 5\u00a0s. Votre code reste valable.');
  });

  it('says a code request is retrying before any code', async () => {
    const code = makeDeviceCode();
    let requests = 0;
    const provider: DeviceFlowProvider = {
      name: 'failing-once',
      requestCode() {
        requests += 1;
        return requests === 1 ? Promise.reject(new NetworkError('offline')) : Promise.resolve(code);
      },
      poll: () => Promise.resolve({ kind: 'pending' }),
    };
    renderPairing(provider);
    await settle();
    await advance(0);

    expect(status()).toBe('No connection to BetaSeries. Trying again in 5 s.');
    expect(screen.getByTestId('user-code').textContent).toBe('');

    await advance(5_000);

    expect(status()).toBe('Waiting for you to type the code');
  });
});

describe('pairing status at the end of a code', () => {
  it('says BetaSeries rejected the code', async () => {
    const provider = createScriptedProvider();
    provider.outcomes.push({ kind: 'expired' });
    renderPairing(provider);
    await settle();

    await advance(5_000);

    expect(status()).toBe('BetaSeries no longer accepts this code. Press OK for a new code.');
    expect(getCurrentFocusKey()).toBe(NEW_CODE_FOCUS_KEY);
  });

  it('says the code expired in French', async () => {
    renderPairing(createScriptedProvider([makeDeviceCode({ expiresInSeconds: 12 })]), 'fr-FR');
    await settle();

    await advance(12_000);

    expect(status()).toBe('Le code a expiré. Appuyez sur OK pour obtenir un nouveau code.');
  });

  it('says the member refused in French', async () => {
    const provider = createScriptedProvider();
    provider.outcomes.push({ kind: 'denied' });
    renderPairing(provider, 'fr-FR');
    await settle();

    await advance(5_000);

    expect(status()).toBe('Vous avez refusé la connexion sur votre téléphone. Appuyez sur OK pour obtenir un nouveau code.');
  });
});
