/**
 * Web APIs the oldest supported engines lack, added to the legacy build only: vite.config.ts passes
 * this list to @vitejs/plugin-legacy as `additionalLegacyPolyfills`, so they load in the legacy
 * polyfills chunk, before any app code runs. Language built-ins (`Object.entries`,
 * `Promise.prototype.finally`, …) come from core-js through the same build, which adds only what
 * the code uses. The modern build carries none of them: Vite 8 sends an engine to the modern
 * chunks only if it has `import.meta.resolve` (Chrome 105), which has every API listed here.
 *
 * AbortController arrived in Chrome 66, after LG webOS 4 (Chromium 53) and Tizen 4 and 5
 * (Chromium 56 and 63). This polyfill installs itself only where AbortController is missing. It
 * also wraps `fetch` so an abort rejects the call, but the request itself may still run on those
 * engines, which `src/api/fetchWithDeadline.ts` copes with.
 */
export const LEGACY_WEB_API_POLYFILLS = ['abortcontroller-polyfill/dist/polyfill-patch-fetch'];
