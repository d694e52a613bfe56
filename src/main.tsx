/** Entry point: starts the dataset fetch and the saved-workspace read, then mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startEarlyDatasetLoad, startEarlyWorkspaceLoad } from './components/data/earlyLoad';
import { createWorkspaceStorage } from './storage/workspaceDb';
import './styles/app.css';

// Before React mounts: the network and IndexedDB work overlaps the first render.
startEarlyDatasetLoad(window.location.search, window.location.href);
startEarlyWorkspaceLoad(() => createWorkspaceStorage());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
