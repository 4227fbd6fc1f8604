import { getCurrentFocusKey } from '@noriginmedia/norigin-spatial-navigation';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../src/app/appServices';
import { destroySpatialNavigation } from '../../src/tv/spatialNavigation';
import { press, settle } from './support/keys';
import { initMoreNavigation, launchFocusKey, renderLauncher, signIn, startProxiedSandbox, type ProxiedSandbox } from './support/moreHarness';

let running: ProxiedSandbox;
let services: AppServices;

function items(): HTMLElement[] {
  return screen.queryAllByTestId('notification');
}

function focusedIndex(): number | null {
  const focused = items().find((item) => item.getAttribute('data-focused') === 'true');
  return focused ? Number(focused.getAttribute('data-index')) : null;
}

function isUnread(item: HTMLElement): boolean {
  return item.querySelector('[data-unread]')?.getAttribute('data-unread') === 'true';
}

async function openNotifications(login = 'demo'): Promise<void> {
  services = signIn(running, login);
  renderLauncher(services);
  await settle();
  await press('down');
  await press('down');
  expect(getCurrentFocusKey()).toBe(launchFocusKey('notifications'));

  await press('enter');
  await waitFor(() => expect(items().length).toBeGreaterThan(0));
  await settle();
}

/** Puts each notification's `html` in its `text`, as an API that sends markup in `text` would. */
function sendHtmlAsText(): void {
  running.rewrite('/members/notifications', (body) => {
    const notifications = body.notifications as Array<Record<string, unknown>>;
    return { ...body, notifications: notifications.map((notification) => ({ ...notification, text: notification.html })) };
  });
}

beforeEach(async () => {
  window.localStorage.clear();
  running = await startProxiedSandbox();
  initMoreNavigation();
});

afterEach(async () => {
  vi.restoreAllMocks();
  destroySpatialNavigation();
  services?.session.dispose();
  services?.queryClient.clear();
  await running.close();
});

describe('notifications screen', { timeout: 15_000 }, () => {
  it('lists unread notifications first', async () => {
    await openNotifications();

    const request = running.requestsTo('/members/notifications')[0];
    expect(request?.query.get('all')).toBe('true');

    const unread = items().map(isUnread);
    const firstRead = unread.indexOf(false);
    expect(firstRead).toBeGreaterThan(0);
    expect(unread.slice(firstRead)).not.toContain(true);
    expect(screen.getByTestId('notifications-unread-count').textContent).toBe(`Unread: ${firstRead}`);
    expect(focusedIndex()).toBe(0);
  });

  it('shows markup from other members as plain text', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    sendHtmlAsText();

    await openNotifications();
    for (let step = 0; step < 8; step += 1) {
      await press('down');
    }

    const texts = screen.getAllByTestId('notification-text').map((text) => text.textContent);
    expect(texts).toContain('mehdi92 a répondu à votre commentaire sur Hollow Creek : « Ce final ! »');
    expect(texts).toContain('Vous avez débloqué le badge Marathonien.');
    expect(texts.join(' ')).not.toMatch(/[<>]|alert|onerror/);

    const list = screen.getByTestId('notifications-screen');
    expect(list.querySelector('img')).toBeNull();
    expect(list.querySelector('script')).toBeNull();
    expect(list.querySelector('b, i, a')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });

  it('opens the episode of a notification with OK, and Back returns to it', async () => {
    await openNotifications();
    await press('down');
    const second = items().find((item) => item.getAttribute('data-index') === '1');
    expect(second?.textContent).toContain('OK: open the episode');

    await press('enter');

    await waitFor(() => expect(document.querySelector('[data-screen^="screen:episode-"]')).toBeTruthy());
    expect(screen.getByTestId('notifications-screen').closest('[hidden]')).toBeTruthy();

    await press('escape');
    await waitFor(() => expect(focusedIndex()).toBe(1));
  });

  it('keeps a window of items mounted for a long list', async () => {
    await openNotifications('marathon');
    const mountedAtStart = items().length;
    expect(mountedAtStart).toBeLessThanOrEqual(10);

    for (let step = 0; step < 30; step += 1) {
      await press('down');
    }

    expect(focusedIndex()).toBe(30);
    expect(items().length).toBeLessThanOrEqual(12);
  });

  it('says what will show up when there is none', async () => {
    running.rewrite('/members/notifications', (body) => ({ ...body, notifications: [] }));

    services = signIn(running, 'demo');
    renderLauncher(services);
    await settle();
    await press('down');
    await press('down');
    await press('enter');

    await waitFor(() => expect(screen.getByTestId('notifications-empty').textContent).toContain('New episodes, your badges'));
    expect(screen.getByTestId('notifications-unread-count').textContent).toBe('Unread: 0');
  });

  it('goes Back to the button that opened it', async () => {
    await openNotifications();

    await press('escape');

    await waitFor(() => expect(getCurrentFocusKey()).toBe(launchFocusKey('notifications')));
    expect(screen.queryByTestId('notifications-screen')).toBeNull();
  });
});
