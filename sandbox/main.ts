import { startSandbox } from './server';

/**
 * `npm run sandbox`: the sandbox alone on 127.0.0.1:8081, with the test controls at
 * `/__sandbox`. SANDBOX_HOST and SANDBOX_PORT change the address; SANDBOX_PUBLIC_URL sets the
 * origin phones are sent to (needed when a phone on the network must reach it).
 */

const DEFAULT_PORT = 8081;

function portFromEnv(): number {
  const raw = process.env.SANDBOX_PORT;
  if (raw === undefined || raw === '') {
    return DEFAULT_PORT;
  }

  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`SANDBOX_PORT must be a port number (0 to 65535), got "${raw}".`);
  }

  return port;
}

const running = await startSandbox({
  host: process.env.SANDBOX_HOST || '127.0.0.1',
  port: portFromEnv(),
  publicUrl: process.env.SANDBOX_PUBLIC_URL || undefined,
  controlApi: true,
});

console.log(`BetaSeries sandbox listening on ${running.url}`);
console.log(`  API:        ${running.url}/members/infos (header X-BetaSeries-Key: sandbox-demo-key)`);
console.log(`  Phone page: ${process.env.SANDBOX_PUBLIC_URL || running.url}/device`);
console.log(`  Controls:   ${running.url}/__sandbox`);

const stop = (): void => {
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('Sandbox did not close cleanly:', error);
      process.exit(1);
    },
  );
};

process.once('SIGINT', stop);
process.once('SIGTERM', stop);
