import { describe, expect, it } from 'vitest';
import { addCollapsing } from '../../../src/actions/collapseActions';
import type { MemberActionInput, QueuedAction } from '../../../src/actions/memberAction';

let nextId = 0;

function queued(input: MemberActionInput, extra: Partial<QueuedAction> = {}): QueuedAction {
  nextId += 1;
  return { ...input, id: `a${nextId}`, memberId: 1, createdAt: nextId, status: 'queued', attempts: 0, ...extra } as QueuedAction;
}

function kinds(actions: readonly QueuedAction[]): string[] {
  return actions.map((action) => action.kind);
}

describe('addCollapsing', () => {
  it('appends an action on a new target', () => {
    const first = queued({ kind: 'markWatched', episodeId: 10 });
    const second = queued({ kind: 'markWatched', episodeId: 11 });

    const added = addCollapsing([first], second);

    expect(added.actions).toEqual([first, second]);
    expect(added.result).toEqual({ kind: 'queued', action: second });
  });

  it('cancels mark then unmark of one episode', () => {
    const mark = queued({ kind: 'markWatched', episodeId: 10 });

    const added = addCollapsing([mark], queued({ kind: 'unmarkWatched', episodeId: 10 }));

    expect(added.actions).toEqual([]);
    expect(added.result).toEqual({ kind: 'cancelled', cancelled: mark });
  });

  it('cancels add then remove of one show', () => {
    const other = queued({ kind: 'markWatched', episodeId: 3 });
    const add = queued({ kind: 'addShow', showId: 7 });

    const added = addCollapsing([add, other], queued({ kind: 'removeShow', showId: 7 }));

    expect(added.actions).toEqual([other]);
    expect(added.result.kind).toBe('cancelled');
  });

  it('cancels archive then unarchive of one show', () => {
    const added = addCollapsing([queued({ kind: 'archiveShow', showId: 7 })], queued({ kind: 'unarchiveShow', showId: 7 }));

    expect(added.actions).toEqual([]);
  });

  it('keeps archive and remove of one show apart', () => {
    const archive = queued({ kind: 'archiveShow', showId: 7 });
    const remove = queued({ kind: 'removeShow', showId: 7 });

    const added = addCollapsing([archive], remove);

    expect(kinds(added.actions)).toEqual(['archiveShow', 'removeShow']);
  });

  it('never cancels an action already sent once', () => {
    const sentMark = queued({ kind: 'markWatched', episodeId: 10 }, { attempts: 1 });
    const unmark = queued({ kind: 'unmarkWatched', episodeId: 10 });

    const added = addCollapsing([sentMark], unmark);

    expect(added.actions).toEqual([sentMark, unmark]);
    expect(added.result.kind).toBe('queued');
  });

  it('never cancels the action in flight', () => {
    const sending = queued({ kind: 'addShow', showId: 7 }, { status: 'sending', attempts: 1 });

    const added = addCollapsing([sending], queued({ kind: 'removeShow', showId: 7 }));

    expect(kinds(added.actions)).toEqual(['addShow', 'removeShow']);
  });

  it('cancels the unsent action after a sent one', () => {
    const sentMark = queued({ kind: 'markWatched', episodeId: 10 }, { attempts: 2 });
    const unmark = queued({ kind: 'unmarkWatched', episodeId: 10 });

    const added = addCollapsing([sentMark, unmark], queued({ kind: 'markWatched', episodeId: 10 }));

    expect(added.actions).toEqual([sentMark]);
    expect(added.result).toEqual({ kind: 'cancelled', cancelled: unmark });
  });

  it('drops a copy of a queued change', () => {
    const mark = queued({ kind: 'markWatched', episodeId: 10 });

    const added = addCollapsing([mark], queued({ kind: 'markWatched', episodeId: 10 }));

    expect(added.actions).toEqual([mark]);
    expect(added.result).toEqual({ kind: 'duplicate', action: mark });
  });

  it('drops a copy of a change in flight', () => {
    const sending = queued({ kind: 'setMovieState', movieId: 4, state: 1 }, { status: 'sending', attempts: 1 });

    const added = addCollapsing([sending], queued({ kind: 'setMovieState', movieId: 4, state: 1 }));

    expect(added.actions).toEqual([sending]);
    expect(added.result.kind).toBe('duplicate');
  });

  it('replaces an unsent movie state with the newer one', () => {
    const toWatch = queued({ kind: 'setMovieState', movieId: 4, state: 0 });
    const other = queued({ kind: 'addShow', showId: 2 });
    const watched = queued({ kind: 'setMovieState', movieId: 4, state: 1 });

    const added = addCollapsing([toWatch, other], watched);

    expect(added.actions).toEqual([other, watched]);
    expect(added.result).toEqual({ kind: 'replaced', action: watched, replaced: toWatch });
  });

  it('appends a movie state after a sent one', () => {
    const sent = queued({ kind: 'setMovieState', movieId: 4, state: 0 }, { attempts: 1 });
    const watched = queued({ kind: 'setMovieState', movieId: 4, state: 1 });

    const added = addCollapsing([sent], watched);

    expect(added.actions).toEqual([sent, watched]);
  });

  it('leaves the input list unchanged', () => {
    const mark = queued({ kind: 'markWatched', episodeId: 10 });
    const list = [mark];

    addCollapsing(list, queued({ kind: 'unmarkWatched', episodeId: 10 }));

    expect(list).toEqual([mark]);
  });
});
