export type PageLanguage = 'fr' | 'en';

/**
 * Picks the phone page's language. An explicit `lang` wins. Otherwise French or English,
 * whichever `Accept-Language` weights higher, and French when it names neither.
 */
export function pageLanguage(explicit: string | undefined | null, acceptLanguage: string | undefined): PageLanguage {
  if (explicit === 'fr' || explicit === 'en') {
    return explicit;
  }

  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().toLowerCase().split(';');
      const qualityParameter = parameters.find((parameter) => parameter.trim().startsWith('q='));
      const quality = qualityParameter ? Number(qualityParameter.trim().slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);

  for (const { tag } of ranked) {
    if (tag === 'en' || tag.startsWith('en-')) {
      return 'en';
    }

    if (tag === 'fr' || tag.startsWith('fr-')) {
      return 'fr';
    }
  }

  return 'fr';
}
