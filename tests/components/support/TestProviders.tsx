import type { ReactNode } from 'react';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { createLocaleStore, type LocaleStore } from '../../../src/i18n/localeStore';
import { BackHandlerProvider } from '../../../src/tv/BackHandlerProvider';
import { ScreenFrame } from '../../../src/tv/ScreenFrame';

export function createTestLocaleStore(language = 'en-US'): LocaleStore {
  return createLocaleStore({ systemLanguage: language, storage: null });
}

/** Renders one active screen with the app's i18n and Back handling around it, as the screen stack renders it. */
export function TestScreen({ children, localeStore = createTestLocaleStore() }: { children: ReactNode; localeStore?: LocaleStore }) {
  return (
    <I18nProvider store={localeStore}>
      <BackHandlerProvider>
        <ScreenFrame focusKey="screen:test" active>
          {children}
        </ScreenFrame>
      </BackHandlerProvider>
    </I18nProvider>
  );
}
