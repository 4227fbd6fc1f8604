import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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

// With no member paired and no sign-in callback to read, the pairing screen comes first, so its
// first code request starts now and overlaps React's first render.
const pairingFirst = created.session.getMembers().length === 0 && !hasCallbackParameters(window.location.href);
const services = pairingFirst ? { ...created, pairingProvider: withHeadStart(created.pairingProvider) } : created;

createRoot(requireElement('root')).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
