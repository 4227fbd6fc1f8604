import { createLogger } from '../logger';
import { addTextPart, type TextPart } from './loadedCatalogs';

const log = createLogger('i18n');

/**
 * Returns a function that downloads a part's texts with `importPart` and adds them to the loaded
 * catalogs, once: later calls return the same promise. A failed download is forgotten, so the next
 * call tries again.
 */
function createTextLoader(name: string, importPart: () => Promise<TextPart>): () => Promise<void> {
  let loading: Promise<void> | null = null;

  return () => {
    if (loading) {
      return loading;
    }

    const started = importPart().then(addTextPart);
    loading = started;

    started.catch((error: unknown) => {
      log.warn('loading texts failed', { part: name, error: String(error) });
      loading = null;
    });

    return started;
  };
}

/** Downloads the texts of the sign-in chooser and the password screen, which must render only once this has resolved. */
export const loadSignInMethodTexts = createTextLoader('signInMethods', async () => {
  const module = await import('./signInMethodTexts');

  return { fr: module.signInMethodTextsFr, en: module.signInMethodTextsEn };
});

/** Downloads the texts of "Who's watching?". Its screen must render only once this has resolved. */
export const loadWhoIsWatchingTexts = createTextLoader('whoIsWatching', async () => {
  const module = await import('./whoIsWatchingTexts');

  return { fr: module.whoIsWatchingTextsFr, en: module.whoIsWatchingTextsEn };
});

/** Downloads the texts of the member screens. The signed-in part must render only once this has resolved. */
export const loadMemberScreenTexts = createTextLoader('memberScreens', async () => {
  const module = await import('./memberScreenTexts');

  return { fr: module.memberScreenTextsFr, en: module.memberScreenTextsEn };
});
