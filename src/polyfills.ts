/**
 * Web APIs the oldest supported engines lack, loaded before the app. Language built-ins
 * (`Object.entries`, `Promise.prototype.finally`, …) come from core-js through the legacy build,
 * which adds only what the code uses.
 *
 * AbortController arrived in Chrome 66, after LG webOS 4 (Chromium 53) and Tizen 4 and 5
 * (Chromium 56 and 63). This polyfill also wraps `fetch` so an abort rejects the call; the
 * request itself may still run on those engines, which `src/api/fetchWithDeadline.ts` copes with.
 */
import 'abortcontroller-polyfill/dist/polyfill-patch-fetch';
