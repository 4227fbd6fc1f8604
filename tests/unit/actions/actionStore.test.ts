import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionStoreKey, createActionStore } from '../../../src/actions/actionStore';
import type { QueuedAction } from '../../../src/actions/memberAction';
import { clearLog, getLogEntries } from '../../../src/logger';
import { createTestStorage } from './testStorage';

const MEMBER = 1;

function action(overrides: Record<string, unknown> = {}): QueuedAction {
  return { kind: 'markWatched', episodeId: 10, id: 'a1', memberId: MEMBER, createdAt: 1_700_000_000_000, status: 'queued', attempts: 0, ...overrides } as QueuedAction;
}

function storedText(actions: unknown[], version: unknown = 1): string {
  return JSON.stringify({ version, actions });
}

function warnings(): string[] {
  return getLogEntries()
    .filter((entry) => entry.scope === 'actions' && entry.level === 'warn')
    .map((entry) => entry.message);
}

describe('createActionStore', () => {
  beforeEach(() => clearLog());
  afterEach(() => clearLog());

  it('keeps actions across a new store', () => {
    const storage = createTestStorage();
    const saved = [action(), action({ id: 'a2', kind: 'setMovieState', episodeId: undefined, movieId: 5, state: 2 })];

    createActionStore(storage).save(MEMBER, saved);

    expect(createActionStore(storage).load(MEMBER)).toEqual(saved);
  });

  it('keeps each member apart', () => {
    const storage = createTestStorage();
    const store = createActionStore(storage);
    store.save(1, [action()]);
    store.save(2, [action({ id: 'b1', memberId: 2, episodeId: 99 })]);

    expect(store.load(1).map((entry) => entry.id)).toEqual(['a1']);
    expect(store.load(2).map((entry) => entry.id)).toEqual(['b1']);
    expect(store.load(3)).toEqual([]);
  });

  it('removes the key of an empty queue', () => {
    const storage = createTestStorage();
    const store = createActionStore(storage);
    store.save(MEMBER, [action()]);

    store.save(MEMBER, []);

    expect(storage.getItem(actionStoreKey(MEMBER))).toBeNull();
  });

  it('turns an action left sending back into queued', () => {
    const storage = createTestStorage({ [actionStoreKey(MEMBER)]: storedText([action({ status: 'sending', attempts: 1 })]) });

    const [loaded] = createActionStore(storage).load(MEMBER);

    expect(loaded?.status).toBe('queued');
    expect(loaded?.attempts).toBe(1);
  });

  it.each([
    ['text that is not JSON', '{"version":1,"actions":[{"id":'],
    ['a JSON number', '42'],
    ['another version', storedText([action()], 2)],
    ['actions that are not a list', JSON.stringify({ version: 1, actions: { id: 'a1' } })],
  ])('drops a corrupt store: %s', (_name, text) => {
    const storage = createTestStorage({ [actionStoreKey(MEMBER)]: text });

    expect(createActionStore(storage).load(MEMBER)).toEqual([]);
    expect(storage.getItem(actionStoreKey(MEMBER))).toBeNull();
    expect(warnings()).toContain('the stored action queue is unreadable, so it is dropped');
  });

  it('drops unreadable entries and keeps the rest', () => {
    const entries = [
      action({ id: 'good' }),
      action({ id: 'other-member', memberId: 2 }),
      action({ id: 'bad-kind', kind: 'rateEpisode' }),
      action({ id: 'bad-episode', episodeId: -3 }),
      action({ id: 'string-episode', episodeId: '10' }),
      action({ id: 'bad-state', kind: 'setMovieState', movieId: 5, state: 7 }),
      action({ id: 'no-show', kind: 'addShow' }),
      action({ id: 'bad-attempts', attempts: 1.5 }),
      action({ id: 'bad-time', createdAt: 'yesterday' }),
      action({ id: '' }),
      action({ id: 'good' }),
      null,
      'markWatched',
      [1, 2],
    ];
    const storage = createTestStorage({ [actionStoreKey(MEMBER)]: storedText(entries) });

    const loaded = createActionStore(storage).load(MEMBER);

    expect(loaded.map((entry) => entry.id)).toEqual(['good']);
    expect(warnings()).toContain('dropped unreadable entries of the stored action queue');
  });

  it('never loads an action of another member', () => {
    const storage = createTestStorage({ [actionStoreKey(MEMBER)]: storedText([action({ memberId: 2 })]) });

    expect(createActionStore(storage).load(MEMBER)).toEqual([]);
  });

  it('carries on when the storage is full', () => {
    const storage = createTestStorage();
    storage.failWrites = true;
    const store = createActionStore(storage);

    expect(() => store.save(MEMBER, [action()])).not.toThrow();
    expect(() => store.save(MEMBER, [action(), action({ id: 'a2' })])).not.toThrow();
    expect(warnings().filter((message) => message.startsWith('storing the action queue failed'))).toHaveLength(1);
  });

  it('carries on when reading throws', () => {
    const storage = createTestStorage();
    storage.getItem = () => {
      throw new Error('SecurityError: storage disabled');
    };

    expect(createActionStore(storage).load(MEMBER)).toEqual([]);
  });

  it('keeps nothing without a storage', () => {
    const store = createActionStore(null);
    store.save(MEMBER, [action()]);

    expect(store.load(MEMBER)).toEqual([]);
  });
});
