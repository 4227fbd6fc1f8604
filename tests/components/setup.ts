import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();

  // Sessions and queued actions live in localStorage; each test starts with none.
  window.localStorage.clear();
});
