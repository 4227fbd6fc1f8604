import { FocusContext, getCurrentFocusKey, useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import { useMemo, useState } from 'react';
import { useOpenScreen } from '../../app/useOpenScreen';
import { useI18n } from '../../i18n/useI18n';
import { useMemberInfos } from '../../session/useMemberInfos';
import { useSession, useSignedInSession } from '../../session/useSession';
import { FocusableButton } from '../../tv/FocusableButton';
import { ScrollSection } from '../../tv/ScrollSection';
import { useFocusFallback } from '../../tv/useFocusFallback';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { useShortcutKey } from '../../tv/useShortcutKey';
import { VerticalScroller } from '../../tv/VerticalScroller';
import { ShortcutHints, type ShortcutHint } from '../common/ShortcutHints';
import { SignOutMenu } from '../common/SignOutMenu';
import { useMarkWatched } from '../common/useMarkWatched';
import { WatchedToast } from '../common/WatchedToast';
import { describeError } from '../describeError';
import { SideMenu } from '../Menu/SideMenu';
import {
  cardFocusKey,
  TO_WATCH_RETRY_FOCUS_KEY,
  TO_WATCH_ROW_FOCUS_KEY,
  TO_WATCH_SEARCH_FOCUS_KEY,
  ToWatchRow,
} from '../ToWatch/ToWatchRow';
import { useToWatchList, type NextEpisode } from '../ToWatch/useToWatchList';
import { AiringSoonRow } from './AiringSoonRow';
import { HomeHeader, SIGN_OUT_FOCUS_KEY } from './HomeHeader';
import { useAiringSoon } from './useAiringSoon';
import './HomeScreen.css';

export const HOME_CONTENT_FOCUS_KEY = 'home-content';
export const OFFLINE_RETRY_FOCUS_KEY = 'to-watch-offline-retry';
export const HOME_UNDO_FOCUS_KEY = 'home-undo';
const HOME_SIGN_OUT_MENU_FOCUS_KEY = 'home-sign-out-menu';

/** The content's box at 1080p: right of the side menu's rail, inside the safe area. */
const CONTENT_WIDTH = 1608;
/** From the top of the safe area to just above the shortcut hints. */
const CONTENT_HEIGHT = 900;

/**
 * Renders the member's home: who is signed in with their counters, the next episode of each
 * show ("To watch"), the episodes airing soon, and the side menu (Left). Green marks the focused
 * "To watch" episode watched, with Undo on Yellow, and OK opens the episode.
 */
export function HomeScreen() {
  const { t } = useI18n();
  const { controller } = useSession();
  const { member: knownMember, unverified, signingOut } = useSignedInSession();
  const [confirmingSignOut, setConfirmingSignOut] = useState(false);
  const openScreen = useOpenScreen();
  const watched = useMarkWatched();

  const infos = useMemberInfos();
  const toWatch = useToWatchList();
  const airingSoon = useAiringSoon(!toWatch.isPending);
  const items = useMemo(() => toWatch.data ?? [], [toWatch.data]);

  const [toWatchFocused, setToWatchFocused] = useState(false);
  // Its empty state has no button, unlike the error state's Retry.
  const airingHasFocusables = (airingSoon.data?.length ?? 0) > 0 || (airingSoon.isError && !airingSoon.data);

  const { ref } = useFocusable<object, HTMLDivElement>({ focusKey: HOME_CONTENT_FOCUS_KEY, saveLastFocusedChild: true });

  // While "To watch" loads, the focus waits on the content, which has no card yet. Given to the
  // screen, it would land on the side menu's first entry and open the menu for that moment, and an
  // arrow pressed while the menu slid shut could be lost.
  useScreenDefaultFocus(defaultFocusKey(items, toWatch.isError, toWatch.isSuccess) ?? HOME_CONTENT_FOCUS_KEY);

  const cardKeys = useMemo(() => items.map(cardFocusKey), [items]);
  useFocusFallback(cardKeys, items.length > 0 ? TO_WATCH_ROW_FOCUS_KEY : TO_WATCH_SEARCH_FOCUS_KEY);

  const openEpisode = (item: NextEpisode) => openScreen({ name: 'episode', episodeId: item.episode.id, showId: item.show.id });

  useShortcutKey('green', () => {
    const focused = getCurrentFocusKey();
    const item = items.find((candidate) => cardFocusKey(candidate) === focused);

    if (!item || item.episode.seen || watched.isPending(item.episode.id)) {
      return;
    }

    watched.markWatched({
      id: item.episode.id,
      showId: item.show.id,
      showTitle: item.show.title,
      season: item.episode.season,
      code: item.episode.code,
    });
  });

  const hints: ShortcutHint[] = [
    { key: 'left', label: t('watched.hintMenu') },
    { key: 'ok', label: t('watched.hintOpen') },
  ];
  // With no card, the section's focus is on the Retry or Search button, which Green does not act on.
  if (toWatchFocused && items.length > 0) {
    hints.push({ key: 'green', label: t('watched.hintMark') });
  }
  if (watched.notice?.kind === 'marked') {
    hints.push({ key: 'yellow', label: t('watched.hintUndo') });
  }

  return (
    <main className="home">
      <SideMenu current="home" contentFocusKey={HOME_CONTENT_FOCUS_KEY} />

      <div ref={ref} className="home__content">
        <FocusContext.Provider value={HOME_CONTENT_FOCUS_KEY}>
          <VerticalScroller height={CONTENT_HEIGHT} testId="home-scroller">
            <ScrollSection focusKey="home-header" className="home-section">
              <HomeHeader
                member={infos.data ?? null}
                fallbackLogin={knownMember?.login ?? null}
                signingOut={signingOut}
                onSignOut={() => {
                  if (!signingOut) {
                    setConfirmingSignOut(true);
                  }
                }}
              />

              {unverified ? (
                <div className="notice notice--warning home__offline" role="status">
                  <span className="home__offline-text">{t('session.offline', { reason: describeError(unverified.error, t) })}</span>
                  <FocusableButton focusKey={OFFLINE_RETRY_FOCUS_KEY} secondary onPress={() => void controller.retryValidation()}>
                    {unverified.retrying ? t('common.loading') : t('common.retry')}
                  </FocusableButton>
                </div>
              ) : null}
            </ScrollSection>

            <ScrollSection
              focusKey="home-to-watch"
              className="home-section"
              focusable={!toWatch.isPending}
              onFocusedChange={setToWatchFocused}
              testId="home-to-watch"
            >
              <ToWatchRow list={toWatch} viewportWidth={CONTENT_WIDTH} onOpen={openEpisode} onOpenSearch={() => openScreen({ name: 'search' })} />
            </ScrollSection>

            <ScrollSection focusKey="home-airing" className="home-section" focusable={airingHasFocusables} testId="home-airing">
              <AiringSoonRow list={airingSoon} viewportWidth={CONTENT_WIDTH} onOpen={openEpisode} />
            </ScrollSection>
          </VerticalScroller>
        </FocusContext.Provider>
      </div>

      <WatchedToast watched={watched} undoFocusKey={HOME_UNDO_FOCUS_KEY} />
      <ShortcutHints hints={hints} />

      {confirmingSignOut ? (
        <SignOutMenu
          focusKey={HOME_SIGN_OUT_MENU_FOCUS_KEY}
          returnFocusKey={SIGN_OUT_FOCUS_KEY}
          login={infos.data?.login ?? knownMember?.login ?? ''}
          testIdPrefix="sign-out"
          onConfirm={() => void controller.signOut()}
          onClose={() => setConfirmingSignOut(false)}
        />
      ) : null}
    </main>
  );
}

/** Picks the first card once "To watch" has loaded, else the button of its error or empty state. */
function defaultFocusKey(items: readonly NextEpisode[], isError: boolean, isSuccess: boolean): string | null {
  const first = items[0];
  if (first) {
    return cardFocusKey(first);
  }

  if (isError) {
    return TO_WATCH_RETRY_FOCUS_KEY;
  }

  if (isSuccess) {
    return TO_WATCH_SEARCH_FOCUS_KEY;
  }

  return null;
}
