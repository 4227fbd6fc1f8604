import { getCurrentFocusKey, setFocus } from '@noriginmedia/norigin-spatial-navigation';
import { useState } from 'react';
import type { Show } from '../../api/types';
import { useOpenScreen } from '../../app/useOpenScreen';
import { useI18n } from '../../i18n/useI18n';
import { ActionMenu, type ActionMenuItem } from '../../tv/ActionMenu';
import { OnScreenKeyboard } from '../../tv/keyboard/OnScreenKeyboard';
import { useShortcutKey } from '../../tv/useShortcutKey';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { VerticalList } from '../../tv/VerticalList';
import { ShortcutHints } from '../common/ShortcutHints';
import { SearchStatus } from './SearchStatus';
import { SearchResultItem } from './SearchResultItem';
import { useAddShow } from './useAddShow';
import { MIN_SEARCH_LENGTH, useShowSearch } from './useShowSearch';
import { MenuEdge } from '../Menu/MenuEdge';
import './SearchScreen.css';

export const SEARCH_KEYBOARD_FOCUS_KEY = 'search-keyboard';
export const SEARCH_RESULTS_FOCUS_KEY = 'search-results';
const SEARCH_MENU_FOCUS_KEY = 'search-menu';

/** Maximum length of the typed title. BetaSeries titles are far shorter. */
const MAX_SEARCH_LENGTH = 60;

/** Result size at 1080p: the poster thumbnail and 8 px above and below. */
const RESULT_HEIGHT = 184;
const RESULT_GAP = 24;
/** The column right of the 970 px keyboard, with 48 px between them. */
const RESULTS_WIDTH = 710;
const RESULTS_HEIGHT = 800;

const RESULT_FOCUS_PREFIX = 'search-result-';

export function resultFocusKey(show: Show): string {
  return `${RESULT_FOCUS_PREFIX}${show.id}`;
}

/**
 * Renders the search: the on-screen keyboard on the left, the results on the right as the member
 * types. OK on a result opens a menu (add to my shows, open the show), and Green adds the
 * focused result at once.
 */
export function SearchScreen() {
  const { t } = useI18n();
  const openScreen = useOpenScreen();

  const [text, setText] = useState('');
  const [menuShow, setMenuShow] = useState<Show | null>(null);
  // On Back the screen stack restores the focus key saved when the show opened: the menu's
  // button. The menu is gone by then, so the screen's default focus points at the result.
  const [returnFocusKey, setReturnFocusKey] = useState<string | null>(null);

  const search = useShowSearch(text);
  const adding = useAddShow();

  const results = search.enabled ? (search.query.data ?? []) : [];

  useScreenDefaultFocus(returnFocusKey ?? SEARCH_KEYBOARD_FOCUS_KEY);

  /** Returns the result that has the focus, or null when the focus is elsewhere (the keyboard). */
  const focusedResult = (): Show | null => {
    const focusKey = getCurrentFocusKey();
    return results.find((show) => resultFocusKey(show) === focusKey) ?? null;
  };

  useShortcutKey(
    'green',
    () => {
      const show = focusedResult();
      if (show) {
        adding.add(show);
      }
    },
    menuShow === null,
  );

  const closeMenu = (show: Show) => {
    setMenuShow(null);
    void setFocus(resultFocusKey(show));
  };

  const menuItems = (show: Show): ActionMenuItem[] => {
    const items: ActionMenuItem[] = [];

    if (!show.inAccount) {
      items.push({
        id: 'add',
        label: t('search.add'),
        testId: 'search-action-add',
        onPress: () => {
          closeMenu(show);
          adding.add(show);
        },
      });
    }

    items.push({
      id: 'open',
      label: t('search.open'),
      testId: 'search-action-open',
      onPress: () => {
        setMenuShow(null);
        setReturnFocusKey(resultFocusKey(show));
        openScreen({ name: 'show', showId: show.id, title: show.title });
      },
    });
    items.push({ id: 'close', label: t('search.closeMenu'), testId: 'search-action-close', onPress: () => closeMenu(show) });

    return items;
  };

  return (
    <main className="search safe-area" data-testid="search-screen">
      {/* The keyboard is always there, so the edge never takes the first focus. */}
      <MenuEdge focusKey="search-menu-edge" enabled />

      <div className="search__keyboard-column">
        <h1 className="search__title">{t('search.title')}</h1>
        <OnScreenKeyboard
          focusKey={SEARCH_KEYBOARD_FOCUS_KEY}
          value={text}
          onChange={setText}
          onSubmit={() => {
            const first = results[0];
            if (first) {
              void setFocus(resultFocusKey(first));
            }
          }}
          label={t('search.fieldLabel')}
          maxLength={MAX_SEARCH_LENGTH}
          testId="search-keyboard"
        />
      </div>

      <section className="search__results-column" aria-live="polite">

        <SearchStatus
          typedLength={text.trim().length}
          minLength={MIN_SEARCH_LENGTH}
          title={search.title}
          query={search.query}
          resultCount={results.length}
          notice={adding.notice}
        />

        {results.length > 0 ? (
          <VerticalList
            focusKey={SEARCH_RESULTS_FOCUS_KEY}
            items={results}
            getItemFocusKey={resultFocusKey}
            getItemLabel={(show) => (show.inAccount ? `${show.title}, ${t('search.inAccount')}` : show.title)}
            itemHeight={RESULT_HEIGHT}
            gap={RESULT_GAP}
            viewportHeight={RESULTS_HEIGHT}
            width={RESULTS_WIDTH}
            itemTestId="search-result"
            ariaLabel={t('search.results', { text: search.title })}
            onItemPress={(show) => setMenuShow(show)}
            renderItem={(show) => <SearchResultItem show={show} adding={adding.addingIds.has(show.id)} />}
          />
        ) : null}
      </section>

      {results.length > 0 ? (
        <ShortcutHints
          hints={[
            { key: 'ok', label: t('search.hintOpen') },
            { key: 'green', label: t('search.hintAdd') },
          ]}
        />
      ) : null}

      {menuShow ? (
        <ActionMenu
          focusKey={SEARCH_MENU_FOCUS_KEY}
          title={menuShow.title}
          subtitle={menuShow.inAccount ? t('search.inAccount') : undefined}
          items={menuItems(menuShow)}
          returnFocusKey={resultFocusKey(menuShow)}
          onClose={() => setMenuShow(null)}
          testId="search-menu"
        />
      ) : null}
    </main>
  );
}
