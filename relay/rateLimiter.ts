/**
 * A token bucket per client. The relay only sees token requests, and a member pairing for a whole
 * code's life polls once every 5 s (360 requests in 30 minutes), so the default budget of a burst
 * of 20 and one request a second leaves a normal pairing (and a household of several TVs behind
 * one address) far from the limit, while a script hammering the relay is cut off within seconds.
 */

export interface RateLimitOptions {
  /** Requests a client may send at once before it must wait. */
  burst: number;
  /** Requests regained per second. */
  refillPerSecond: number;
  /** Clients remembered at most; the least recently seen are forgotten first. */
  maxClients: number;
  now?: () => number;
}

export interface RateLimiter {
  /** Takes one request from `client`'s budget; returns the seconds to wait when there is none. */
  take(client: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, Bucket>();

  function refill(bucket: Bucket, time: number): void {
    const elapsedSeconds = Math.max(0, time - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(options.burst, bucket.tokens + elapsedSeconds * options.refillPerSecond);
    bucket.updatedAt = time;
  }

  return {
    take(client) {
      const time = now();
      let bucket = buckets.get(client);

      if (bucket) {
        // Re-inserting keeps the Map in least-recently-seen order for eviction.
        buckets.delete(client);
        refill(bucket, time);
      } else {
        bucket = { tokens: options.burst, updatedAt: time };
      }
      buckets.set(client, bucket);

      if (buckets.size > options.maxClients) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) {
          buckets.delete(oldest);
        }
      }

      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }

      const retryAfterSeconds = Math.ceil((1 - bucket.tokens) / options.refillPerSecond);
      return { allowed: false, retryAfterSeconds };
    },
  };
}
