/**
 * Counts the reports bench/pageProbe.js sends through the `__benchReport` binding (`code` once the
 * user code is painted, `key` for each focus move painted) and lets the benchmark wait for the
 * next one without polling the page.
 */
export type ProbeReportKind = 'code' | 'key';

interface Waiter {
  kind: ProbeReportKind;
  count: number;
  resolve: (arrived: boolean) => void;
}

export class ProbeReports {
  private readonly counts: Record<ProbeReportKind, number> = { code: 0, key: 0 };
  private waiters: Waiter[] = [];

  /** Called by the binding for each report. */
  receive(kind: unknown): void {
    if (kind !== 'code' && kind !== 'key') {
      return;
    }

    this.counts[kind] += 1;
    const ready = this.waiters.filter((waiter) => waiter.kind === kind && this.counts[kind] >= waiter.count);
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    ready.forEach((waiter) => waiter.resolve(true));
  }

  count(kind: ProbeReportKind): number {
    return this.counts[kind];
  }

  /** Resolves true once `count` reports of `kind` have arrived, or false after `timeoutMs`. */
  waitFor(kind: ProbeReportKind, count: number, timeoutMs: number): Promise<boolean> {
    if (this.counts[kind] >= count) {
      return Promise.resolve(true);
    }

    return new Promise((resolve) => {
      const waiter: Waiter = { kind, count, resolve };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
        resolve(false);
      }, timeoutMs);

      waiter.resolve = (arrived) => {
        clearTimeout(timer);
        resolve(arrived);
      };
      this.waiters.push(waiter);
    });
  }
}
