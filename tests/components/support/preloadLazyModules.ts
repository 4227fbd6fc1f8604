import { loadSignedInApp } from '../../../src/app/signedInAppLoader';
import { loadSignInMethodTexts, loadWhoIsWatchingTexts } from '../../../src/i18n/loadTexts';

/**
 * Imports the modules that the app loads with `lazy(() => import())`, with their texts. A test's
 * first render then does not wait for Vitest to transform them, and no import is still running
 * when the test environment is torn down. A test that renders such a screen directly finds its
 * texts. The app still renders its loading state once per lazy component.
 */
export async function preloadLazyModules(): Promise<void> {
  await Promise.all([
    loadSignedInApp(),
    loadSignInMethodTexts(),
    loadWhoIsWatchingTexts(),
    import('../../../src/screens/Members/WhoIsWatchingScreen'),
    import('../../../src/screens/SignIn/PasswordSignInScreen'),
    import('../../../src/screens/SignIn/SignInChooserScreen'),
  ]);
}
