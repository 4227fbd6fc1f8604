import { useI18n } from '../i18n/useI18n';
import { FocusableButton } from '../tv/FocusableButton';

/** Switches the UI between French and English and stores the choice as the member's setting. */
export function LanguageButton({ focusKey }: { focusKey: string }) {
  const { locale, setLocale, t } = useI18n();

  return (
    <FocusableButton
      focusKey={focusKey}
      secondary
      className="language-button"
      ariaLabel={t('language.switchLabel')}
      onPress={() => setLocale(locale === 'fr' ? 'en' : 'fr')}
    >
      {t('language.switchTo')}
    </FocusableButton>
  );
}
