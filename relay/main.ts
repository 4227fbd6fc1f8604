import { serveFetchHandler } from './nodeAdapter';
import { createTokenRelay } from './tokenRelay';

/**
 * `npm run relay`: the token relay on Node. Settings (environment):
 * - BETASERIES_API_URL: where to forward (default: the sandbox of `npm start`, http://127.0.0.1:8080/api)
 * - BETASERIES_API_KEY, BETASERIES_CLIENT_SECRET: the key and its secret (default: the sandbox's demo pair)
 * - RELAY_ALLOWED_ORIGINS: comma-separated origins; add `null` for packaged TV apps (file://)
 * - RELAY_HOST (default 127.0.0.1), RELAY_PORT (default 8787)
 * - RELAY_TRUST_FORWARDED_FOR=1 behind a reverse proxy, to rate-limit by the client's address
 */

const SANDBOX_URL = 'http://127.0.0.1:8080/api';
const SANDBOX_KEY = 'sandbox-demo-key';
const SANDBOX_SECRET = 'sandbox-demo-secret';

const apiUrl = process.env.BETASERIES_API_URL || SANDBOX_URL;
const usesSandbox = apiUrl === SANDBOX_URL;
const apiKey = process.env.BETASERIES_API_KEY || (usesSandbox ? SANDBOX_KEY : '');
const clientSecret = process.env.BETASERIES_CLIENT_SECRET || (usesSandbox ? SANDBOX_SECRET : '');
const allowedOrigins = (process.env.RELAY_ALLOWED_ORIGINS || 'http://127.0.0.1:8080,http://localhost:8080,null')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);
const host = process.env.RELAY_HOST || '127.0.0.1';
const port = Number(process.env.RELAY_PORT || 8787);

if (!apiKey || !clientSecret) {
  console.error('BETASERIES_API_KEY and BETASERIES_CLIENT_SECRET must be set when BETASERIES_API_URL is not the sandbox.');
  process.exit(1);
}

const handler = createTokenRelay({
  apiUrl,
  apiKey,
  clientSecret,
  allowedOrigins,
  trustForwardedFor: process.env.RELAY_TRUST_FORWARDED_FOR === '1',
  log: (message, data) => console.log(JSON.stringify({ time: new Date().toISOString(), message, ...data })),
});

const server = serveFetchHandler(handler, (error) => console.error('relay: request failed', error instanceof Error ? error.message : error));
server.listen(port, host, () => {
  console.log(`Token relay on http://${host}:${port}/oauth/access_token, forwarding to ${apiUrl}`);
  console.log(`Allowed origins: ${allowedOrigins.join(', ')}`);
});
