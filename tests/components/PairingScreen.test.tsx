import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../../src/api/errors';
import { NEW_CODE_FOCUS_KEY, PairingScreen } from '../../src/screens/Pairing/PairingScreen';
import { destroySpatialNavigation, initSpatialNavigation } from '../../src/tv/spatialNavigation';
import { createFakeLayoutAdapter } from './support/fakeLayout';
import { press, settle } from './support/keys';
import { createScriptedProvider, makeDeviceCode, type ScriptedProvider } from './support/scriptedDeviceFlowProvider';
import { createTestLocaleStore, TestScreen } from './support/TestProviders';

const BOXES: Record<string, { left: number; top: number; width: number; height: number }> = {
  'pairing-language': { left: 1600, top: 54, width: 220, height: 72 },
  [NEW_CODE_FOCUS_KEY]: { left: 96, top: 900, width: 300, height: 72 },
};

let authorizedTokens: string[];

function renderPairing(provider: ScriptedProvider, options: { notice?: 'sessionEnded'; language?: string } = {}) {
  return render(
    <TestScreen localeStore={createTestLocaleStore(options.language)}>
      <PairingScreen
        provider={provider}
        notice={options.notice ?? null}
        onAuthorized={(token) => {
          authorizedTokens.push(token);
        }}
      />
    </TestScreen>,
  );
}

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
  await settle();
}

function text(testId: string): string {
  return screen.getByTestId(testId).textContent ?? '';
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-01-15T20:00:00Z'));
  authorizedTokens = [];
  initSpatialNavigation({ layoutAdapter: createFakeLayoutAdapter((focusKey) => BOXES[focusKey]) });
});

afterEach(() => {
  destroySpatialNavigation();
  vi.useRealTimers();
});

describe('pairing screen while requesting', () => {
  it('draws the skeleton and says a code is coming', async () => {
    const provider = createScriptedProvider();
    provider.holdCodes = true;

    renderPairing(provider);
    await settle();

    expect(text('pairing-status')).toBe('Getting a code…');
    expect(text('user-code')).toBe('');
    expect(screen.getByTestId('user-code').className).toContain('skeleton');
    expect(screen.queryByTestId('qr-code')).toBeNull();
    expect(screen.queryByTestId('new-code')).toBeNull();
  });

  it('keeps the same boxes when the code arrives', async () => {
    const provider = createScriptedProvider();
    provider.holdCodes = true;
    renderPairing(provider);
    await settle();
    const codeBox = screen.getByTestId('user-code');
    const urlBox = screen.getByTestId('verification-url');

    provider.releaseCode();
    await settle();

    expect(screen.getByTestId('user-code')).toBe(codeBox);
    expect(screen.getByTestId('verification-url')).toBe(urlBox);
    expect(codeBox.className).not.toContain('skeleton');
  });
});

describe('pairing screen while waiting', () => {
  it('shows the code exactly as the API gave it', async () => {
    renderPairing(createScriptedProvider([makeDeviceCode({ userCode: 'ab-12 CD' })]));
    await settle();

    expect(text('user-code')).toBe('ab-12 CD');
    expect(text('verification-url')).toBe('http://127.0.0.1:8080/device');
    expect(text('pairing-status')).toBe('Waiting for you to type the code');
  });

  it('draws the QR code with a quiet zone', async () => {
    renderPairing(createScriptedProvider());
    await settle();

    const qr = screen.getByTestId('qr-code');
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.getAttribute('height')).toBe('440');
    expect(qr.querySelector('title')?.textContent).toBe('QR code of the address http://127.0.0.1:8080/device');
    // The white background covers the whole view box, then the dark modules, whose first one
    // (the top-left finder pattern) starts 4 modules in: the quiet zone.
    const [background, modules] = Array.from(qr.querySelectorAll('path'));
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    expect(modules?.getAttribute('fill')).toBe('#000000');
    expect(modules?.getAttribute('d')).toMatch(/^M4 4h/);
  });

  it('encodes the complete address when the server sends one', async () => {
    const code = makeDeviceCode({ verificationUrlComplete: 'http://127.0.0.1:9000/device?user_code=975-820' });
    renderPairing(createScriptedProvider([code]));
    await settle();

    expect(screen.getByTestId('qr-code').querySelector('title')?.textContent).toContain('?user_code=975-820');
    expect(text('verification-url')).toBe('http://127.0.0.1:8080/device');
  });

  it('counts down every second', async () => {
    renderPairing(createScriptedProvider());
    await settle();
    await advance(0);
    expect(text('countdown')).toBe('30:00');

    await advance(1_000);
    expect(text('countdown')).toBe('29:59');

    await advance(60_000);
    expect(text('countdown')).toBe('28:59');
  });

  it('announces the code and address to screen readers', async () => {
    renderPairing(createScriptedProvider());
    await settle();

    const region = screen.getByTestId('pairing-announcement');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('Your code is 9 7 5, 8 2 0. Open http://127.0.0.1:8080/device on your phone and type it.');
  });

  it('speaks French on a French TV', async () => {
    renderPairing(createScriptedProvider(), { language: 'fr-FR' });
    await settle();

    expect(text('pairing-status')).toBe('En attente de la saisie du code');
    expect(screen.getByText('2. Tapez ce code')).toBeTruthy();
  });

  it('says the connection is lost and keeps the code', async () => {
    const provider = createScriptedProvider();
    provider.outcomes.push({ kind: 'transient', retryAfterSeconds: null, error: new NetworkError('socket hang up') });
    renderPairing(provider);
    await settle();

    await advance(5_000);

    expect(text('pairing-status')).toBe('No connection to BetaSeries. Trying again in 5 s. Your code is still valid.');
    expect(text('user-code')).toBe('975-820');
  });

  it('shows the ended-session notice', async () => {
    renderPairing(createScriptedProvider(), { notice: 'sessionEnded' });
    await settle();

    expect(screen.getByRole('alert').textContent).toBe('Your session ended, pair again.');
  });
});

describe('pairing screen at the end of a code', () => {
  it('says the code expired and focuses New code', async () => {
    renderPairing(createScriptedProvider([makeDeviceCode({ expiresInSeconds: 12 })]));
    await settle();

    await advance(12_000);

    expect(text('pairing-status')).toBe('The code has expired. Press OK for a new code.');
    expect(text('countdown')).toBe('0:00');
    expect(screen.getByTestId('user-code').className).toContain('is-stale');
    expect(getCurrentFocusKey()).toBe(NEW_CODE_FOCUS_KEY);
    expect(screen.getByTestId('new-code').getAttribute('data-focused')).toBe('true');
  });

  it('shows a new code after OK on New code', async () => {
    const provider = createScriptedProvider([
      makeDeviceCode({ expiresInSeconds: 12 }),
      makeDeviceCode({ deviceCode: 'device-code-2', userCode: '123-456' }),
    ]);
    renderPairing(provider);
    await settle();
    await advance(12_000);

    await press('enter');

    expect(text('user-code')).toBe('123-456');
    expect(text('pairing-status')).toBe('Waiting for you to type the code');
    expect(screen.queryByTestId('new-code')).toBeNull();
    expect(provider.codeRequests).toBe(2);
  });

  it('renews an expired code without a key press after activity', async () => {
    const provider = createScriptedProvider([
      makeDeviceCode({ expiresInSeconds: 12 }),
      makeDeviceCode({ deviceCode: 'device-code-2', userCode: '123-456' }),
    ]);
    renderPairing(provider);
    await settle();

    // Someone at the TV pressed a key while the first code was on screen.
    await press('down');
    await advance(12_000);

    expect(text('user-code')).toBe('123-456');
    expect(screen.queryByTestId('new-code')).toBeNull();
  });

  it('says the member refused and focuses New code', async () => {
    const provider = createScriptedProvider();
    provider.outcomes.push({ kind: 'denied' });
    renderPairing(provider);
    await settle();

    await advance(5_000);

    expect(text('pairing-status')).toBe('You refused the sign-in on your phone. Press OK for a new code.');
    expect(getCurrentFocusKey()).toBe(NEW_CODE_FOCUS_KEY);
  });

  it('gives the reason of a failure', async () => {
    const provider = createScriptedProvider();
    provider.outcomes.push({ kind: 'failed', error: new ApiError(3004, 'Invalid code.', 400) });
    renderPairing(provider);
    await settle();

    await advance(5_000);

    expect(text('pairing-status')).toBe('Sign-in failed: Invalid code. (code 3004). Press OK for a new code.');
    expect(text('user-code')).toBe('');
    expect(getCurrentFocusKey()).toBe(NEW_CODE_FOCUS_KEY);
  });

  it('hands the token over once authorized', async () => {
    const provider = createScriptedProvider();
    provider.outcomes.push({ kind: 'pending' }, { kind: 'authorized', accessToken: 'token-from-phone' });
    renderPairing(provider);
    await settle();

    await advance(10_000);

    expect(text('pairing-status')).toBe('Signed in!');
    expect(authorizedTokens).toEqual(['token-from-phone']);
    expect(provider.polls).toBe(2);
  });
});
