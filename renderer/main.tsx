import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerApprovalKinds } from './app/approval-kinds';
import './styles/app.css';
import './styles/performance.css';
import './styles/decisions.css';
import './styles/scenarios.css';

registerApprovalKinds();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
