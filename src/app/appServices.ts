import type { QueryClient } from '@tanstack/react-query';
import { createApiClient, type ApiClient } from '../api/client';
import { createLocaleStore, type LocaleStore } from '../i18n/localeStore';
import { createBetaSeriesProvider } from '../pairing/betaseriesProvider';
import type { DeviceFlowProvider } from '../pairing/types';
import { createAppQueryClient } from '../session/queryClient';
import { createSessionController, type SessionController } from '../session/sessionController';
import { createTokenStorage } from '../session/tokenStorage';
import { loadApiConfig } from './config';

/** Everything the app talks to, created once at start; tests build their own. */
export interface AppServices {
  localeStore: LocaleStore;
  client: ApiClient;
  pairingProvider: DeviceFlowProvider;
  session: SessionController;
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

export function createAppServices(): AppServices {
  const storage = findLocalStorage();
  const localeStore = createLocaleStore({ systemLanguage: navigator.language, storage });

  const client = createApiClient(loadApiConfig(() => localeStore.getLocale()));
  const session = createSessionController({ client, storage: createTokenStorage(storage) });
  const queryClient = createAppQueryClient({ onSessionOver: () => session.endSession() });

  return {
    localeStore,
    client,
    pairingProvider: createBetaSeriesProvider(client),
    session,
    queryClient,
  };
}
