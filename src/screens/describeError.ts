import { ApiError, InvalidResponseError, NetworkError, TimeoutError } from '../api/errors';
import { OAuthError } from '../api/oauthError';
import type { I18n } from '../i18n/I18nProvider';

/**
 * Returns a short reason a member can read, in their language, for an error from `src/api` or the
 * pairing engine. BetaSeries' own text is shown as it comes, because the API localizes it
 * (`locale=`). Codes and statuses are passed as text so they are not digit-grouped ("2001").
 */
export function describeError(error: unknown, t: I18n['t']): string {
  if (error instanceof ApiError) {
    return t('error.api', { text: error.text, code: String(error.code) });
  }

  if (error instanceof TimeoutError) {
    return t('error.timeout');
  }

  if (error instanceof NetworkError) {
    return t('error.network');
  }

  // Before InvalidResponseError, which it extends.
  if (error instanceof OAuthError) {
    return t('error.oauth', { code: error.errorCode, status: String(error.status) });
  }

  if (error instanceof InvalidResponseError) {
    return t('error.invalidResponse', { status: String(error.status) });
  }

  return t('error.unknown');
}
