import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../src/i18n/catalog';
import { en } from '../../../src/i18n/en';
import { firstScreenTextsEn, firstScreenTextsFr } from '../../../src/i18n/firstScreenTexts';
import { fr } from '../../../src/i18n/fr';
import { getLoadedCatalog } from '../../../src/i18n/loadedCatalogs';
import { keyboardFr } from '../../../src/i18n/messages/keyboard';
import { loadMemberScreenTexts, loadSignInMethodTexts, loadWhoIsWatchingTexts } from '../../../src/i18n/loadTexts';
import { memberScreenTextsEn, memberScreenTextsFr } from '../../../src/i18n/memberScreenTexts';
import { signInMethodTextsEn, signInMethodTextsFr } from '../../../src/i18n/signInMethodTexts';
import { translate } from '../../../src/i18n/translate';
import { whoIsWatchingTextsEn, whoIsWatchingTextsFr } from '../../../src/i18n/whoIsWatchingTexts';

const PARTS_FR = { firstScreens: firstScreenTextsFr, signInMethods: signInMethodTextsFr, whoIsWatching: whoIsWatchingTextsFr, memberScreens: memberScreenTextsFr };
const PARTS_EN = { firstScreens: firstScreenTextsEn, signInMethods: signInMethodTextsEn, whoIsWatching: whoIsWatchingTextsEn, memberScreens: memberScreenTextsEn };

/** Keys that more than one part of `parts` defines, with the parts that define each. */
function sharedKeys(parts: Record<string, Record<string, string>>): Map<string, string[]> {
  const owners = new Map<string, string[]>();

  for (const [part, texts] of Object.entries(parts)) {
    for (const key of Object.keys(texts)) {
      owners.set(key, [...(owners.get(key) ?? []), part]);
    }
  }

  return new Map([...owners].filter(([, partNames]) => partNames.length > 1));
}

/** Shared keys whose texts differ between parts, where a later spread would hide the earlier text. */
function conflictingKeys(parts: Record<string, Record<string, string>>): string[] {
  return [...sharedKeys(parts).keys()].filter((key) => new Set(Object.values(parts).map((texts) => texts[key]).filter((text) => text !== undefined)).size > 1);
}

// The loaders change module state, so these tests run in order: before loading, then after.
describe('text parts', () => {
  // The keyboard shows on the password screen (sign-in file) and on Search (member file), so its
  // texts come with both parts, and only they may.
  it('share only the keyboard texts', () => {
    const keyboardKeys = Object.keys(keyboardFr).sort();

    expect([...sharedKeys(PARTS_FR).keys()].sort()).toEqual(keyboardKeys);
    expect([...sharedKeys(PARTS_EN).keys()].sort()).toEqual(keyboardKeys);
    expect(sharedKeys(PARTS_FR).get(keyboardKeys[0] as string)).toEqual(['signInMethods', 'memberScreens']);
  });

  it('give a shared key one text', () => {
    expect(conflictingKeys(PARTS_FR)).toEqual([]);
    expect(conflictingKeys(PARTS_EN)).toEqual([]);
  });

  it('make up the complete catalogs together', () => {
    const partKeys = new Set(Object.values(PARTS_FR).flatMap((texts) => Object.keys(texts)));

    expect([...partKeys].sort()).toEqual(Object.keys(fr).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('start with the first screens only', () => {
    const loaded = getLoadedCatalog('fr');

    expect(loaded['pairing.title']).toBe(fr['pairing.title']);
    expect(loaded['signin.otherMethods']).toBe(fr['signin.otherMethods']);
    expect(loaded['signin.password.title']).toBeUndefined();
    expect(loaded['keyboard.space']).toBeUndefined();
    expect(loaded['home.airingSoon']).toBeUndefined();
    expect(loaded['members.title']).toBeUndefined();
  });

  it('show a key not loaded yet as the key', () => {
    expect(translate(getLoadedCatalog('en'), 'en', 'home.airingSoon')).toBe('home.airingSoon');
  });

  it('load each part once', () => {
    expect(loadMemberScreenTexts()).toBe(loadMemberScreenTexts());
    expect(loadWhoIsWatchingTexts()).toBe(loadWhoIsWatchingTexts());
    expect(loadSignInMethodTexts()).toBe(loadSignInMethodTexts());
  });

  it('hold every text in both languages once loaded', async () => {
    await Promise.all([loadMemberScreenTexts(), loadWhoIsWatchingTexts(), loadSignInMethodTexts()]);

    for (const key of Object.keys(fr) as MessageKey[]) {
      expect(getLoadedCatalog('fr')[key], key).toBe(fr[key]);
      expect(getLoadedCatalog('en')[key], key).toBe(en[key]);
    }
  });

  it('translate a member text once loaded', async () => {
    await loadMemberScreenTexts();

    expect(translate(getLoadedCatalog('en'), 'en', 'home.airsInDays', { days: 3 })).toBe('in 3 days');
    expect(translate(getLoadedCatalog('fr'), 'fr', 'home.airingSoon')).toBe('Bientôt diffusés');
  });
});
