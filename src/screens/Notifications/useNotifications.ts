import { useQuery } from '@tanstack/react-query';
import { listNotifications, type NotificationsParams } from '../../api/notifications';
import { useI18n } from '../../i18n/useI18n';
import { memberQueryKey } from '../../session/memberQueryKey';
import { useSignedInSession } from '../../session/useSession';
import { sortUnreadFirst } from './sortNotifications';

/**
 * Read ones too (`all`), so the screen is not empty once everything is read. The API sends the
 * newest first, so the oldest are the ones left out.
 * NOTE: 100 is the sandbox's cap per call. The live API's cap is not documented.
 */
export const NOTIFICATIONS_PARAMS: NotificationsParams = { count: 100, includeSeen: true };

/** Fetches the member's notifications (`GET /members/notifications`), unread first. Keyed by locale, because the texts come translated. */
export function useNotifications() {
  const { token, member, client } = useSignedInSession();
  const { locale } = useI18n();

  return useQuery({
    queryKey: memberQueryKey(member?.id ?? null, 'notifications', NOTIFICATIONS_PARAMS, locale),
    queryFn: ({ signal }) => listNotifications(client, token, NOTIFICATIONS_PARAMS, signal),
    select: sortUnreadFirst,
  });
}
