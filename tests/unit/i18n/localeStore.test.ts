import { describe, expect, it } from 'vitest';
import { createLocaleStore, LOCALE_STORAGE_KEY } from '../../../src/i18n/localeStore';
import { createMemoryStorage } from '../session/memoryStorage';

describe('locale store', () => {
  it('follows the TV language without a setting', () => {
    const store = createLocaleStore({ systemLanguage: 'fr-FR', storage: createMemoryStorage() });

    expect(store.getLocale()).toBe('fr');
    expect(store.getOverride()).toBeNull();
  });

  it('prefers the stored setting over the TV language', () => {
    const storage = createMemoryStorage({ [LOCALE_STORAGE_KEY]: 'en' });
    const store = createLocaleStore({ systemLanguage: 'fr-FR', storage });

    expect(store.getLocale()).toBe('en');
  });

  it('ignores an unknown stored value', () => {
    const storage = createMemoryStorage({ [LOCALE_STORAGE_KEY]: 'klingon' });
    const store = createLocaleStore({ systemLanguage: 'fr', storage });

    expect(store.getLocale()).toBe('fr');
  });

  it('stores a new setting and notifies listeners', () => {
    const storage = createMemoryStorage();
    const store = createLocaleStore({ systemLanguage: 'en-GB', storage });
    let notifications = 0;
    store.subscribe(() => {
      notifications += 1;
    });

    store.setOverride('fr');

    expect(store.getLocale()).toBe('fr');
    expect(storage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');
    expect(notifications).toBe(1);
  });

  it('forgets the setting and follows the TV again', () => {
    const storage = createMemoryStorage({ [LOCALE_STORAGE_KEY]: 'fr' });
    const store = createLocaleStore({ systemLanguage: 'en-US', storage });

    store.setOverride(null);

    expect(store.getLocale()).toBe('en');
    expect(storage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
  });

  it('works without any storage', () => {
    const store = createLocaleStore({ systemLanguage: 'fr', storage: null });

    store.setOverride('en');

    expect(store.getLocale()).toBe('en');
  });
});
