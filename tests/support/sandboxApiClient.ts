import { createApiClient, type ApiClient } from '../../src/api/client';

/** Creates an API client for the sandbox at `url` with its demo key, as the tests against it use. */
export function createSandboxApiClient(url: string, locale: 'fr' | 'en' = 'en'): ApiClient {
  return createApiClient({
    baseUrl: url,
    apiKey: 'sandbox-demo-key',
    tokenUrl: `${url}/oauth/access_token`,
    getLocale: () => locale,
    timeoutMs: 5_000,
  });
}
