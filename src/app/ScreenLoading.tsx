import { useFocusable } from '@noriginmedia/norigin-spatial-navigation';
import { useI18n } from '../i18n/useI18n';
import { useScreenDefaultFocus } from '../tv/useScreen';

export interface ScreenLoadingProps {
  /** The id of the screen being loaded, which makes the focus key unique on the stack. */
  screenId: string;
}

/**
 * Stands in for a screen whose code is still downloading: a translated status line that takes the
 * focus, so the remote's keys land on this screen rather than nowhere. Once the screen renders, its
 * own default focus replaces this one.
 */
export function ScreenLoading({ screenId }: ScreenLoadingProps) {
  const { t } = useI18n();
  const focusKey = `loading:${screenId}`;
  const { ref, focused } = useFocusable<object, HTMLDivElement>({ focusKey });

  useScreenDefaultFocus(focusKey);

  return (
    <div ref={ref} className="splash" role="status" tabIndex={-1} data-testid="screen-loading" data-focused={focused ? 'true' : undefined}>
      {t('common.loading')}
    </div>
  );
}
