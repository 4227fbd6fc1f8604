import type { MemberShowsOrder, MemberShowsStatus } from '../../api/memberShows';
import type { MessageKey } from '../../i18n/catalog';

/** The filters of My shows, in the order of their buttons. */
export type ShowsFilter = 'all' | 'current' | 'notStarted' | 'completed' | 'archived';

/** The orders of My shows, in the order the order button cycles through them. */
export type ShowsOrder = 'lastSeen' | 'alphabetical' | 'remainingEpisodes' | 'nextDate';

export interface ShowsFilterOption {
  id: ShowsFilter;
  /** `status` of `shows/member`; none for every show, archived ones included. */
  status: MemberShowsStatus | undefined;
  labelKey: MessageKey;
}

export interface ShowsOrderOption {
  id: ShowsOrder;
  /** `order` of `shows/member`. */
  apiOrder: MemberShowsOrder;
  labelKey: MessageKey;
}

export const SHOWS_FILTERS: readonly ShowsFilterOption[] = [
  { id: 'all', status: undefined, labelKey: 'shows.filter.all' },
  // `current` is BetaSeries' "in progress": started, not archived, with episodes left.
  { id: 'current', status: 'current', labelKey: 'shows.filter.current' },
  { id: 'notStarted', status: 'not_started', labelKey: 'shows.filter.notStarted' },
  { id: 'completed', status: 'completed', labelKey: 'shows.filter.completed' },
  { id: 'archived', status: 'archived', labelKey: 'shows.filter.archived' },
];

export const SHOWS_ORDERS: readonly ShowsOrderOption[] = [
  { id: 'lastSeen', apiOrder: 'last_seen', labelKey: 'shows.order.lastSeen' },
  { id: 'alphabetical', apiOrder: 'alphabetical', labelKey: 'shows.order.alphabetical' },
  { id: 'remainingEpisodes', apiOrder: 'remaining_episodes', labelKey: 'shows.order.remainingEpisodes' },
  { id: 'nextDate', apiOrder: 'next_date', labelKey: 'shows.order.nextDate' },
];

export const DEFAULT_SHOWS_FILTER: ShowsFilter = 'all';
export const DEFAULT_SHOWS_ORDER: ShowsOrder = 'lastSeen';

export function findFilter(id: ShowsFilter): ShowsFilterOption {
  return SHOWS_FILTERS.find((option) => option.id === id) ?? (SHOWS_FILTERS[0] as ShowsFilterOption);
}

export function findOrder(id: ShowsOrder): ShowsOrderOption {
  return SHOWS_ORDERS.find((option) => option.id === id) ?? (SHOWS_ORDERS[0] as ShowsOrderOption);
}

/** Returns the filter after `id`, back to the first after the last (the Red key's cycle). */
export function nextFilter(id: ShowsFilter): ShowsFilter {
  const index = SHOWS_FILTERS.findIndex((option) => option.id === id);
  const next = SHOWS_FILTERS[(index + 1) % SHOWS_FILTERS.length] as ShowsFilterOption;

  return next.id;
}

/** Returns the order after `id`, back to the first after the last (the order button and the Blue key). */
export function nextOrder(id: ShowsOrder): ShowsOrder {
  const index = SHOWS_ORDERS.findIndex((option) => option.id === id);
  const next = SHOWS_ORDERS[(index + 1) % SHOWS_ORDERS.length] as ShowsOrderOption;

  return next.id;
}
