import { createLogger } from '../logger';

const log = createLogger('tv');

interface WebOsGlobal {
  platformBack?: () => void;
}

interface TizenGlobal {
  application?: { getCurrentApplication(): { exit(): void } };
}

/**
 * Leaves the app the platform's way after Back on the first screen: `webOS.platformBack()` on LG
 * (its QA rejects apps where Back does nothing there), `exit()` on Samsung Tizen, nothing in a
 * desktop browser.
 */
export function leaveApp(): void {
  const globals = window as unknown as { webOS?: WebOsGlobal; tizen?: TizenGlobal };

  if (globals.webOS?.platformBack) {
    log.info('leaving the app', { platform: 'webos' });
    globals.webOS.platformBack();
    return;
  }

  if (globals.tizen?.application) {
    log.info('leaving the app', { platform: 'tizen' });
    globals.tizen.application.getCurrentApplication().exit();
    return;
  }

  log.debug('Back on the first screen: nothing to leave in a desktop browser');
}
