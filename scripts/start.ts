import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startAppServer } from './appServer';

/**
 * `npm start`: builds the TV app against the sandbox and serves both on one port, reachable from
 * a phone on the same network. Settings: PORT (default 8080), HOST (default 0.0.0.0: every
 * interface, so a phone can open the /device page), PUBLIC_URL (the origin phones use, when the
 * guessed network address is wrong).
 */

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The first IPv4 address of a real network interface: what a phone on the same Wi-Fi can reach. */
function lanAddress(): string | null {
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) {
        return address.address;
      }
    }
  }

  return null;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') {
    return 8080;
  }

  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT=${value} is not a valid port: use a whole number from 0 to 65535, or unset it for 8080.`);
  }

  return port;
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT);
  const host = process.env.HOST || '0.0.0.0';

  console.log('Building the TV app for the sandbox…');
  await build({ root: projectRoot, logLevel: 'warn' });

  const lan = lanAddress();
  const wildcard = host === '0.0.0.0' || host === '::';
  const phoneHost = process.env.PUBLIC_URL ? null : wildcard && lan ? lan : null;

  const server = await startAppServer({
    distDir: path.join(projectRoot, 'dist'),
    host,
    port,
    publicUrl: process.env.PUBLIC_URL || (phoneHost ? `http://${phoneHost}:${port || 0}` : undefined),
    sandbox: { controlApi: true },
  });

  const phoneOrigin = process.env.PUBLIC_URL || (phoneHost ? `http://${phoneHost}:${server.port}` : server.url);
  if (phoneHost && port === 0) {
    server.sandbox.setPublicUrl(phoneOrigin);
  }

  console.log('');
  console.log(`  TV app:      ${server.url}/   (open it in Chromium or a TV browser; arrow keys, Enter, Escape for Back)`);
  console.log(`  On a phone:  ${phoneOrigin}/device   (the QR code on the TV opens it)`);
  if (!phoneHost && !process.env.PUBLIC_URL) {
    console.log('  No network address found: only this machine can open the phone page. Set PUBLIC_URL to change that.');
  }
  console.log('  Demo members: "demo" (about 30 shows) and "marathon" (2,000 shows). Ctrl+C stops.');

  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
