import type { PlannerApi } from '@shared/ipc/planner-api';

declare global {
  interface Window {
    planner?: PlannerApi;
  }
}
