import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { preloadLazyModules } from './support/preloadLazyModules';

// The app loads its member and sign-in screens with `import()`. Loading them before the tests
// keeps Vitest's first transform of those files out of each test's time limit.
beforeAll(preloadLazyModules, 60_000);

afterEach(() => {
  cleanup();

  // Sessions and queued actions live in localStorage; each test starts with none.
  window.localStorage.clear();
});
