/**
 * A Web Storage over a Map for Node tests, which have no `localStorage`. `failWrites` makes
 * `setItem` throw as a full storage does (QuotaExceededError).
 */
export interface TestStorage extends Storage {
  failWrites: boolean;
}

export function createTestStorage(initial: Record<string, string> = {}): TestStorage {
  const values = new Map(Object.entries(initial));

  const storage: TestStorage = {
    failWrites: false,
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => Array.from(values.keys())[index] ?? null,
    removeItem: (key) => {
      values.delete(key);
    },
    setItem: (key, value) => {
      if (storage.failWrites) {
        throw new Error('QuotaExceededError: the storage is full');
      }

      values.set(key, String(value));
    },
  };

  return storage;
}
