import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { createLogger } from '../../logger';
import { encodeQr, QrInputTooLongError, type QrMatrix } from '../../qr/encodeQr';
import { QrCode } from '../../qr/QrCode';
import type { PairingView } from './pairingView';

/** Side of the QR code in CSS px at 1080p: scannable from a phone held a few metres away. */
export const QR_SIZE = 440;

const log = createLogger('pairing');

/**
 * Encodes the address for the QR code. An address too long for the encoder leaves the box empty
 * and logs it, because the address and the code on screen are enough to pair.
 */
function encodeAddress(address: string): QrMatrix | null {
  try {
    return encodeQr(address);
  } catch (error) {
    if (!(error instanceof QrInputTooLongError)) {
      throw error;
    }

    log.warn('verification address too long for a QR code', { byteLength: error.byteLength });
    return null;
  }
}

export interface PairingCodePanelProps {
  view: PairingView;
  /** Wall clock used for the countdown. */
  now: number;
  /** The status line and actions, placed under the countdown. */
  children?: ReactNode;
}

/**
 * Renders the two steps with the address, the code and the QR code. Without a code (requesting, failed)
 * the same boxes are drawn empty, so the layout does not move when the code arrives.
 */
export function PairingCodePanel({ view, now, children }: PairingCodePanelProps) {
  const { t, formatCountdown } = useI18n();
  const { code } = view;

  const qrValue = code ? (code.verificationUrlComplete ?? code.verificationUrl) : null;
  // The member reads the code and the address first, so they render at once and the QR code
  // follows in a background render. Until it has caught up with the current address, the box
  // stays plain white rather than show the QR code of a previous one.
  const deferredQrValue = useDeferredValue(qrValue, null);
  const qrMatrix = useMemo(() => (deferredQrValue ? encodeAddress(deferredQrValue) : null), [deferredQrValue]);
  const qrPending = qrValue !== null && deferredQrValue !== qrValue;
  const qrReady = qrValue !== null && !qrPending && qrMatrix !== null;

  // A live code counts down, an expired one shows 0:00, and no code shows dashes.
  let countdown = '–:––';
  if (view.expiresAt !== null) {
    countdown = formatCountdown(view.expiresAt - now);
  } else if (view.stale) {
    countdown = formatCountdown(0);
  }

  const staleClass = view.stale ? ' is-stale' : '';

  // Empty boxes pulse while a code is on its way and stay still after a failure.
  let skeletonClass = '';
  if (view.loading) {
    skeletonClass = ' skeleton is-loading';
  } else if (!code) {
    skeletonClass = ' skeleton';
  }

  return (
    <div className="pairing__body">
      <div className="pairing__instructions">
        <p className="pairing__step">{t('pairing.step1')}</p>
        <p className={`pairing__url${staleClass}${skeletonClass}`} data-testid="verification-url">
          {code?.verificationUrl ?? ''}
        </p>

        <p className="pairing__step">{t('pairing.step2')}</p>
        <p className={`pairing__code${staleClass}${skeletonClass}`} data-testid="user-code">
          {code?.userCode ?? ''}
        </p>

        <p className="pairing__expiry">
          {t('pairing.expiresIn')}{' '}
          <span className="pairing__countdown" data-testid="countdown">
            {countdown}
          </span>
        </p>

        {children}
      </div>

      <div className={`pairing__qr${staleClass}`}>
        {qrReady ? (
          <QrCode matrix={qrMatrix} size={QR_SIZE} title={t('pairing.qrTitle', { url: qrValue })} data-testid="qr-code" />
        ) : (
          <div className={qrPending ? undefined : `pairing__qr-placeholder${skeletonClass}`} style={{ width: QR_SIZE, height: QR_SIZE }} />
        )}
      </div>
    </div>
  );
}
