import { useI18n } from '../../i18n/useI18n';
import { useMemberInfos } from '../../session/useMemberInfos';
import { useSession, useSignedInSession } from '../../session/useSession';
import { FocusableButton } from '../../tv/FocusableButton';
import { HorizontalRow } from '../../tv/HorizontalRow';
import type { RowGeometry } from '../../tv/rowWindow';
import { useScreenDefaultFocus } from '../../tv/useScreen';
import { describeError } from '../describeError';
import { MemberHeader, SIGN_OUT_FOCUS_KEY } from './MemberHeader';
import { POSTER_WIDTH, ToWatchCard } from './ToWatchCard';
import { useToWatchList, type NextEpisode } from './useToWatchList';
import './ToWatchScreen.css';

export const TO_WATCH_ROW_FOCUS_KEY = 'to-watch-row';
export const TO_WATCH_RETRY_FOCUS_KEY = 'to-watch-retry';
export const OFFLINE_RETRY_FOCUS_KEY = 'to-watch-offline-retry';

/** The row spans the safe area: 1920 − 2 × 96 px. */
const ROW_GEOMETRY: RowGeometry = { itemWidth: POSTER_WIDTH, gap: 36, viewportWidth: 1728 };
const CARD_HEIGHT = 540;

/** Placeholder cards drawn while the list loads, as many as fit in the row. */
const SKELETON_CARDS = 6;

export function cardFocusKey(item: NextEpisode): string {
  return `to-watch-card-${item.show.id}`;
}

function cardLabel(item: NextEpisode, t: ReturnType<typeof useI18n>['t']): string {
  return t('toWatch.cardLabel', { show: item.show.title, code: item.episode.code, title: item.episode.title });
}

/** Renders the member's home: who is signed in, and the next episode of each show to watch. */
export function ToWatchScreen() {
  const { t } = useI18n();
  const { controller } = useSession();
  const { member: knownMember, unverified, signingOut } = useSignedInSession();

  const infos = useMemberInfos();
  const list = useToWatchList();
  const items = list.data ?? [];
  const firstItem = items[0];

  let defaultFocusKey: string | null = null;
  if (firstItem) {
    defaultFocusKey = cardFocusKey(firstItem);
  } else if (list.isError) {
    defaultFocusKey = TO_WATCH_RETRY_FOCUS_KEY;
  } else if (list.isSuccess) {
    defaultFocusKey = SIGN_OUT_FOCUS_KEY;
  }
  useScreenDefaultFocus(defaultFocusKey);

  return (
    <main className="to-watch safe-area">
      <MemberHeader
        member={infos.data ?? null}
        fallbackLogin={knownMember?.login ?? null}
        signingOut={signingOut}
        onSignOut={() => void controller.signOut()}
      />

      {unverified ? (
        <div className="notice notice--warning to-watch__offline" role="status">
          <span className="to-watch__offline-text">{t('session.offline', { reason: describeError(unverified.error, t) })}</span>
          <FocusableButton focusKey={OFFLINE_RETRY_FOCUS_KEY} secondary onPress={() => void controller.retryValidation()}>
            {unverified.retrying ? t('common.loading') : t('common.retry')}
          </FocusableButton>
        </div>
      ) : null}

      <h2 className="to-watch__title">{t('toWatch.title')}</h2>

      {list.isPending ? <ToWatchSkeleton /> : null}

      {list.isError && !firstItem ? (
        <div className="to-watch__message" data-testid="to-watch-error">
          <p className="to-watch__message-text">{t('toWatch.error', { reason: describeError(list.error, t) })}</p>
          <FocusableButton focusKey={TO_WATCH_RETRY_FOCUS_KEY} onPress={() => void list.refetch()}>
            {t('common.retry')}
          </FocusableButton>
        </div>
      ) : null}

      {list.isSuccess && items.length === 0 ? (
        <p className="to-watch__message to-watch__message-text" data-testid="to-watch-empty">
          {t('toWatch.empty')}
        </p>
      ) : null}

      {firstItem ? (
        <HorizontalRow
          focusKey={TO_WATCH_ROW_FOCUS_KEY}
          items={items}
          getItemFocusKey={cardFocusKey}
          getItemLabel={(item) => cardLabel(item, t)}
          geometry={ROW_GEOMETRY}
          itemHeight={CARD_HEIGHT}
          itemTestId="to-watch-card"
          ariaLabel={t('toWatch.title')}
          renderItem={(item) => <ToWatchCard item={item} />}
        />
      ) : null}
    </main>
  );
}

function ToWatchSkeleton() {
  const cards = [];
  for (let index = 0; index < SKELETON_CARDS; index += 1) {
    cards.push(<div key={index} className="to-watch__skeleton-card skeleton is-loading" />);
  }

  return (
    <div className="to-watch__skeleton" data-testid="to-watch-loading" aria-busy="true">
      {cards}
    </div>
  );
}
