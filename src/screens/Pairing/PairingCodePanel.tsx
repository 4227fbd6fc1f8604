import { QRCodeSVG } from 'qrcode.react';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { PairingView } from './pairingView';

/** Side of the QR code in CSS px at 1080p: scannable from a phone held a few metres away. */
export const QR_SIZE = 440;

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
        {qrValue ? (
          <QRCodeSVG
            value={qrValue}
            size={QR_SIZE}
            marginSize={4}
            bgColor="#ffffff"
            fgColor="#000000"
            level="M"
            title={t('pairing.qrTitle', { url: qrValue })}
            data-testid="qr-code"
          />
        ) : (
          <div className={`pairing__qr-placeholder${skeletonClass}`} style={{ width: QR_SIZE, height: QR_SIZE }} />
        )}
      </div>
    </div>
  );
}
