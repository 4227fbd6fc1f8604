import type { I18n } from '../../i18n/I18nProvider';
import type { RetryCause, RetryNotice } from '../../pairing/retryCause';
import { describeError } from '../describeError';
import type { PairingView } from './pairingView';

const FAULT_TEXT_KEYS = {
  network: 'pairing.fault.network',
  timeout: 'pairing.fault.timeout',
  server: 'pairing.fault.server',
  rateLimited: 'pairing.fault.rateLimited',
} as const satisfies Record<RetryCause, string>;

/** Says when the next try goes out, in whole seconds rounded up, or that it is going out now. */
function describeNextTry(retry: RetryNotice, now: number, t: I18n['t']): string {
  const seconds = Math.ceil((retry.nextTryAt - now) / 1000);
  if (seconds <= 0) {
    return t('pairing.retry.now');
  }

  return t('pairing.retry.inSeconds', { seconds });
}

/** Describes a transient fault: what failed, when the next try goes out, and whether the code still works. */
function describeFault(view: PairingView, now: number, t: I18n['t']): string {
  // The engine always sets `retry` with `offline`, but a missing one still gets a plain sentence.
  if (view.retry === null) {
    return t('pairing.status.offline');
  }

  const sentences = [t(FAULT_TEXT_KEYS[view.retry.cause]), describeNextTry(view.retry, now, t)];
  if (view.code !== null) {
    sentences.push(t('pairing.retry.codeStillValid'));
  }

  return sentences.join(' ');
}

/**
 * Returns the pairing status line for `view` at wall-clock time `now`: what is happening and,
 * after a fault, what happens next (the next try, or OK for a new code).
 */
export function describePairingStatus(view: PairingView, now: number, t: I18n['t']): string {
  switch (view.status) {
    case 'requesting':
      return t('pairing.status.requesting');
    case 'waiting':
      return t('pairing.status.waiting');
    case 'offline':
      return describeFault(view, now, t);
    case 'expired': {
      const headline = view.expiryCause === 'server' ? t('pairing.status.rejectedCode') : t('pairing.status.expired');
      return `${headline} ${t('pairing.next.newCode')}`;
    }
    case 'denied':
      return `${t('pairing.status.denied')} ${t('pairing.next.newCode')}`;
    case 'failed':
      return `${t('pairing.status.signInFailed', { reason: describeError(view.error, t) })} ${t('pairing.next.newCode')}`;
    case 'authorized':
      return t('pairing.status.authorized');
  }
}
