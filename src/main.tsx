import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppServices } from './app/appServices';
import { fitStage } from './app/fitStage';
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
const services = createAppServices();
void services.session.start();

createRoot(requireElement('root')).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
