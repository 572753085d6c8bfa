import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerApprovalKinds } from './app/approval-kinds';
// Design tokens and shared styles first, then each feature's own, in the cascade's order
// (loaded at start: several screens share a feature's classes, e.g. the plan grid).
import './styles/tokens.css';
import './styles/base.css';
import './styles/tables.css';
import './styles/controls.css';
import './features/welcome/welcome.css';
import './app/persistence.css';
import './features/accounts/accounts.css';
import './features/territories/territories.css';
import './components/map/map.css';
import './features/approvals/approvals.css';
import './features/csv/export.css';
import './features/csv-import/import.css';
import './features/plans/plans.css';
import './features/performance/performance.css';
import './features/decisions/decisions.css';
import './features/scenarios/scenarios.css';
import './features/settings/settings.css';

registerApprovalKinds();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
