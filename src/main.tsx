import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { addIconWhenIdle } from './app/addIconWhenIdle';
import { App } from './app/App';
import { createAppServices } from './app/appServices';
import { fitStage } from './app/fitStage';
import { withHeadStart } from './pairing/withHeadStart';
import { hasCallbackParameters } from './signin/callbackParameters';
import { initSpatialNavigation } from './tv/spatialNavigation';
import { registerTizenKeys } from './tv/registerTizenKeys';
import './styles/global.css';

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);

  if (!element) {
    throw new Error(`index.html has no element with id "${id}": the app mounts into #stage > #root.`);
  }

  return element;
}

fitStage(requireElement('stage'));
initSpatialNavigation();
registerTizenKeys();

// The legacy build loads the AbortController polyfill before this module (see vite.config.ts).
const created = createAppServices();
void created.session.start();

/**
 * How long the first render waits for the head start's code. A code that arrives in that time
 * shows in the first frame, so the screen renders once instead of twice. A slower reply gets the
 * empty boxes after the wait (decision 0015).
 */
const FIRST_RENDER_WAIT_MS = 250;

// With no member paired and no sign-in callback to read, the pairing screen comes first, so its
// first code request starts now, while the rest of the app starts.
const pairingFirst = created.session.getMembers().length === 0 && !hasCallbackParameters(window.location.href);
const headStart = pairingFirst ? withHeadStart(created.pairingProvider) : null;
const services = headStart ? { ...created, pairingProvider: headStart } : created;

function renderApp(): void {
  createRoot(requireElement('root')).render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
}

// public/favicon.svg, for browsers; the TV packages carry their own icons.
addIconWhenIdle('./favicon.svg');

if (headStart) {
  const waitOver = new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  void Promise.race([headStart.settled, waitOver]).then(renderApp);
} else {
  renderApp();
}
