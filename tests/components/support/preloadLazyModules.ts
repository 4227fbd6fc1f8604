import { loadSignedInApp } from '../../../src/app/signedInAppLoader';

/**
 * Imports the modules that the app loads with `lazy(() => import())`, so a test's first render
 * does not wait for Vitest to transform them and no import is still running when the test
 * environment is torn down. The app still renders its loading state once per lazy component.
 */
export async function preloadLazyModules(): Promise<void> {
  await Promise.all([
    loadSignedInApp(),
    import('../../../src/screens/Members/WhoIsWatchingScreen'),
    import('../../../src/screens/SignIn/PasswordSignInScreen'),
    import('../../../src/screens/SignIn/SignInChooserScreen'),
  ]);
}
