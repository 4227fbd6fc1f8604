/**
 * Every French text, the reference catalog: `MessageKey` is derived from it, and the English
 * catalog must have exactly the same keys. `{name}` marks a placeholder that `translate` fills in.
 * French typography puts a no-break space (\u00a0) before `:`, `!` and `?`.
 *
 * The app does not import this module: it starts with `firstScreenTexts.ts` and loads the other
 * parts with their screens (`loadTexts.ts`). Tests and tools import it for the complete catalog.
 */
import { firstScreenTextsFr } from './firstScreenTexts';
import { memberScreenTextsFr } from './memberScreenTexts';
import { signInMethodTextsFr } from './signInMethodTexts';
import { whoIsWatchingTextsFr } from './whoIsWatchingTexts';

export const fr = {
  ...firstScreenTextsFr,
  ...signInMethodTextsFr,
  ...whoIsWatchingTextsFr,
  ...memberScreenTextsFr,
} satisfies Record<string, string>;
