import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  logicalCores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load averages when the run started and ended: other work on the machine slows every figure. */
  loadAverage: { start: number; end: number };
}

export interface SourceVersion {
  /** Short hash of HEAD, or null outside a Git checkout. */
  commit: string | null;
  /** True when the working tree had changes that HEAD does not contain. */
  uncommittedChanges: boolean | null;
}

/** Reads the 1-minute load average (0 on Windows, which reports none). */
export function readLoadAverage(): number {
  return Math.round((os.loadavg()[0] ?? 0) * 10) / 10;
}

export function describeMachine(chromiumVersion: string, loadAverageAtStart: number): MachineInfo {
  const cpus = os.cpus();

  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    logicalCores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1e9),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: { start: loadAverageAtStart, end: readLoadAverage() },
  };
}

/** Reads the commit with `git`, which only reads the repository. */
export function describeSourceVersion(projectRoot: string): SourceVersion {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: projectRoot, encoding: 'utf8' });
    return { commit, uncommittedChanges: status.trim() !== '' };
  } catch {
    return { commit: null, uncommittedChanges: null };
  }
}
