import './polyfills';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppServices } from './app/appServices';
import { fitStage } from './app/fitStage';
import { initSpatialNavigation } from './tv/spatialNavigation';
import { registerTizenKeys } from './tv/registerTizenKeys';
import { refreshOnResume } from './app/refreshOnResume';
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

const services = createAppServices();
void services.session.start();
refreshOnResume(services.queryClient);

createRoot(requireElement('root')).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
