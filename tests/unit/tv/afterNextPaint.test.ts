import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushAfterPaintQueue, runAfterNextPaint } from '../../../src/tv/afterNextPaint';

// Node has no `requestAnimationFrame`, like a hidden page that paints no frame: only the fallback timer runs the queue.

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  flushAfterPaintQueue();
  vi.useRealTimers();
});

describe('runAfterNextPaint', () => {
  it('runs callbacks in queue order', () => {
    const calls: string[] = [];
    runAfterNextPaint(() => calls.push('first'));
    runAfterNextPaint(() => calls.push('second'));
    expect(calls).toEqual([]);

    flushAfterPaintQueue();

    expect(calls).toEqual(['first', 'second']);
  });

  it('runs the queue within 100 ms without a frame', () => {
    const calls: string[] = [];
    runAfterNextPaint(() => calls.push('queued'));

    vi.advanceTimersByTime(99);
    expect(calls).toEqual([]);

    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['queued']);
  });

  it('keeps work queued during a flush for the next one', () => {
    const calls: string[] = [];
    runAfterNextPaint(() => {
      calls.push('outer');
      runAfterNextPaint(() => calls.push('inner'));
    });

    flushAfterPaintQueue();
    expect(calls).toEqual(['outer']);

    vi.advanceTimersByTime(100);
    expect(calls).toEqual(['outer', 'inner']);
  });

  it('runs each callback once', () => {
    let count = 0;
    runAfterNextPaint(() => {
      count += 1;
    });

    flushAfterPaintQueue();
    vi.advanceTimersByTime(1_000);

    expect(count).toBe(1);
  });
});
