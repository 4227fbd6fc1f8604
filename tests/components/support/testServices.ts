import { createApiClient } from '../../../src/api/client';
import type { AppServices } from '../../../src/app/appServices';
import { createLocaleStore } from '../../../src/i18n/localeStore';
import type { DeviceFlowProvider } from '../../../src/pairing/types';
import { createAppQueryClient } from '../../../src/session/queryClient';
import { createSessionController } from '../../../src/session/sessionController';
import { createTokenStorage } from '../../../src/session/tokenStorage';
import { createScriptedProvider } from './scriptedDeviceFlowProvider';

export interface TestServicesOptions {
  /** Base URL of a loopback server that serves the BetaSeries calls. */
  apiUrl: string;
  storage: Storage;
  pairingProvider?: DeviceFlowProvider;
  language?: string;
}

/** Builds the app's services as `createAppServices` does, pointed at a test server. */
export function createTestServices({ apiUrl, storage, pairingProvider, language = 'en-US' }: TestServicesOptions): AppServices {
  const localeStore = createLocaleStore({ systemLanguage: language, storage });
  const client = createApiClient({
    baseUrl: apiUrl,
    apiKey: 'test-key',
    tokenUrl: `${apiUrl}/oauth/access_token`,
    getLocale: () => localeStore.getLocale(),
    timeoutMs: 3_000,
  });
  const session = createSessionController({ client, storage: createTokenStorage(storage) });
  const queryClient = createAppQueryClient({ onSessionOver: () => session.endSession() });

  return {
    localeStore,
    client,
    pairingProvider: pairingProvider ?? createScriptedProvider(),
    session,
    queryClient,
  };
}
