import type { MessageKey } from '../../i18n/catalog';
import { LOCALES, type Locale } from '../../i18n/locale';
import { useI18n } from '../../i18n/useI18n';
import { FocusableButton } from '../../tv/FocusableButton';

const LANGUAGE_NAMES: Record<Locale, MessageKey> = {
  fr: 'profile.language.fr',
  en: 'profile.language.en',
};

export function languageFocusKey(locale: Locale): string {
  return `profile-language-${locale}`;
}

/**
 * Renders one button per UI language, the current one marked. Choosing one stores it as the
 * member's setting (the locale store), and every screen re-renders in that language.
 */
export function LanguageChoice() {
  const { t, locale, setLocale } = useI18n();

  return (
    <div className="profile-languages" role="group" aria-label={t('profile.languageTitle')}>
      {LOCALES.map((option) => {
        const name = t(LANGUAGE_NAMES[option]);
        const current = option === locale;

        return (
          <FocusableButton
            key={option}
            focusKey={languageFocusKey(option)}
            secondary={!current}
            className={current ? 'profile-languages__button is-current' : 'profile-languages__button'}
            testId={`profile-language-${option}`}
            onPress={() => setLocale(option)}
          >
            {current ? `\u2713 ${t('profile.languageCurrent', { language: name })}` : name}
          </FocusableButton>
        );
      })}
    </div>
  );
}
