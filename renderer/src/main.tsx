import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureHostToken } from './api/token';
import { App } from './app/App';
import { JobProgress } from './components/JobProgress';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/table.css';
import './styles/pages.css';

// Before the router reads the URL: keep the host's token and take it out of the address bar.
captureHostToken();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
    {/* Beside the app, not inside it: long jobs show progress and Cancel on any page. */}
    <JobProgress />
  </StrictMode>,
);
