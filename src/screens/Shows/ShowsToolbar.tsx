import { memo } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { FocusableButton } from '../../tv/FocusableButton';
import { findOrder, nextOrder, SHOWS_FILTERS, type ShowsFilter, type ShowsOrder } from './showsFilters';

export const SHOWS_ORDER_FOCUS_KEY = 'shows-order';

export function filterFocusKey(filter: ShowsFilter): string {
  return `shows-filter-${filter}`;
}

export interface ShowsToolbarProps {
  filter: ShowsFilter;
  order: ShowsOrder;
  onFilterChange: (filter: ShowsFilter) => void;
  onOrderChange: (order: ShowsOrder) => void;
}

/**
 * Renders the row of buttons above the grid: one per filter (the chosen one filled), then one
 * order button that moves to the next order on each press, so every choice is one or two
 * presses away with the remote.
 */
function ShowsToolbarView({ filter, order, onFilterChange, onOrderChange }: ShowsToolbarProps) {
  const { t } = useI18n();

  return (
    <div className="shows-toolbar" role="toolbar" aria-label={t('shows.filterLabel')}>
      {SHOWS_FILTERS.map((option) => {
        const selected = option.id === filter;

        return (
          <FocusableButton
            key={option.id}
            focusKey={filterFocusKey(option.id)}
            secondary={!selected}
            className={`shows-toolbar__filter${selected ? ' is-selected' : ''}`}
            testId={`shows-filter-${option.id}`}
            onPress={() => onFilterChange(option.id)}
          >
            {t(option.labelKey)}
          </FocusableButton>
        );
      })}

      <FocusableButton
        focusKey={SHOWS_ORDER_FOCUS_KEY}
        secondary
        className="shows-toolbar__order"
        testId="shows-order"
        onPress={() => onOrderChange(nextOrder(order))}
      >
        {t('shows.order.button', { order: t(findOrder(order).labelKey) })}
      </FocusableButton>
    </div>
  );
}

/** Memoized, so a move between posters, which renders My shows again, does not render the toolbar. */
export const ShowsToolbar = memo(ShowsToolbarView);
