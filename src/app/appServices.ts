import type { QueryClient } from '@tanstack/react-query';
import { createApiClient, type ApiClient } from '../api/client';
import { createLocaleStore, type LocaleStore } from '../i18n/localeStore';
import { createBetaSeriesProvider } from '../pairing/betaseriesProvider';
import type { DeviceFlowProvider } from '../pairing/types';
import { createSessionController, type SessionController } from '../session/sessionController';
import { createTokenStorage } from '../session/tokenStorage';
import { loadApiConfig } from './config';

/**
 * What the first screens (session check, sign-in, "Who's watching?") talk to, created once at
 * start. The server-state cache is not part of it: TanStack Query loads with the signed-in part of
 * the app (`src/app/SignedInApp.tsx`), so a TV that shows the pairing screen never downloads it.
 */
export interface StartServices {
  localeStore: LocaleStore;
  client: ApiClient;
  pairingProvider: DeviceFlowProvider;
  session: SessionController;
}

/** Start services with a query client made by the caller, as tests build them. */
export interface AppServices extends StartServices {
  queryClient: QueryClient;
}

/** `localStorage`, or null where reading the property itself throws (some TV private modes). */
function findLocalStorage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createAppServices(): StartServices {
  const storage = findLocalStorage();
  const localeStore = createLocaleStore({ systemLanguage: navigator.language, storage });

  const client = createApiClient(loadApiConfig(() => localeStore.getLocale()));
  const session = createSessionController({ client, storage: createTokenStorage(storage) });

  return {
    localeStore,
    client,
    pairingProvider: createBetaSeriesProvider(client),
    session,
  };
}
