import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm test`: runs every Vitest project (unit, components, integration against the sandbox and
 * oidc-provider, end to end in Chromium) and ends with one line `N passed, N failed`, which CI
 * reads. Extra arguments go to Vitest, e.g. `npm test -- --project unit`.
 */

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  numTotalTestSuites?: number;
  numFailedTestSuites?: number;
  testResults?: Array<{ name: string; status: string; message?: string; assertionResults?: unknown[] }>;
}

async function main(): Promise<number> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'betaseries-tv-tests-'));
  const reportFile = path.join(folder, 'report.json');

  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...process.argv.slice(2)];
  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn('npx', args, { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

  let report: VitestJsonReport | null = null;
  try {
    report = JSON.parse(await readFile(reportFile, 'utf8')) as VitestJsonReport;
  } catch {
    report = null;
  }
  await rm(folder, { recursive: true, force: true });

  if (!report) {
    console.log('Vitest wrote no report: it crashed before the tests ran (see its output above).');
    console.log('0 passed, 1 failed');
    return 1;
  }

  // A file that fails to load, or whose beforeAll fails, reports no failed test: count it as one
  // failure so it shows in the closing line.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => (test as { status?: string }).status === 'failed'),
  );
  for (const file of brokenFiles) {
    console.log(`Test file failed to run: ${path.relative(process.cwd(), file.name)}: ${file.message ?? ''}`);
  }

  const passed = report.numPassedTests;
  const failed = report.numFailedTests + brokenFiles.length;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);

  console.log(`${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : ''));

  if (passed + failed === 0) {
    console.log('No test ran: check the file patterns in vitest.config.ts.');
    return 1;
  }

  return failed > 0 || exitCode !== 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
