import type { StateCreator } from 'zustand';
import type { Period } from '@shared/performance/periods';
import type { ReportGrouping } from '@shared/performance/report';
import type { AppState } from '../app-store';

export const PERFORMANCE_TABS = ['dashboard', 'report', 'charts', 'actuals'] as const;
export type PerformanceTab = (typeof PERFORMANCE_TABS)[number];

export interface PerformanceUiSlice {
  /** The fiscal year shown (null: the one today falls in). */
  performanceYear: number | null;
  performanceTab: PerformanceTab;
  reportPeriod: Period;
  reportGrouping: ReportGrouping;
  /** The member whose page is open over the tabs (null: none). */
  performanceMemberId: string | null;
  setPerformanceYear: (year: number | null) => void;
  setPerformanceTab: (tab: PerformanceTab) => void;
  setReportPeriod: (period: Period) => void;
  setReportGrouping: (grouping: ReportGrouping) => void;
  /** Opens a member's performance page (from a chart, a report row or the dashboard). */
  openPerformanceMember: (memberId: string | null) => void;
}

export const createPerformanceUiSlice: StateCreator<AppState, [], [], PerformanceUiSlice> = (
  set,
  get,
) => ({
  performanceYear: null,
  performanceTab: 'dashboard',
  reportPeriod: { kind: 'ytd', index: 0 },
  reportGrouping: 'member',
  performanceMemberId: null,
  setPerformanceYear: (performanceYear) => set({ performanceYear }),
  setPerformanceTab: (performanceTab) => set({ performanceTab, performanceMemberId: null }),
  setReportPeriod: (reportPeriod) => set({ reportPeriod }),
  setReportGrouping: (reportGrouping) => set({ reportGrouping }),
  openPerformanceMember: (performanceMemberId) => {
    set({ performanceMemberId });
    if (get().section !== 'performance') get().goTo('performance');
  },
});
