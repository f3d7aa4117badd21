import type { ReactNode } from 'react';
import type { MethodName } from '../../../shared/contract';
import { AccountsPage } from '../pages/accounts/AccountsPage';
import { AuditPage } from '../pages/audit/AuditPage';
import { BoardPickerPage } from '../pages/board/BoardPickerPage';
import { CompetenciesPage } from '../pages/competencies/CompetenciesPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { EvaluationsPage } from '../pages/evaluations/EvaluationsPage';
import { ExportPage } from '../pages/exports/ExportPage';
import { GoalsPage } from '../pages/goals/GoalsPage';
import { PeoplePage } from '../pages/people/PeoplePage';
import { ProgramsPage } from '../pages/programs/ProgramsPage';
import { MeetingsPage } from '../pages/meetings/MeetingsPage';
import { OutcomesPage } from '../pages/outcomes/OutcomesPage';
import { ImportPage } from '../pages/roster/ImportPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { TrainingPage } from '../pages/training/TrainingPage';

/** One main place of the app: a nav entry and its route. Adding a place is one line here. */
export interface Place {
  /** Route path under the hash, without the leading slash ('' is the start page). */
  path: string;
  label: string;
  element: ReactNode;
  /** Shown only to roles that may call this method (the core refuses the rest anyway). */
  needs?: MethodName;
}

export const PLACES: readonly Place[] = [
  { path: '', label: 'Dashboard', element: <DashboardPage /> },
  { path: 'people', label: 'People', element: <PeoplePage /> },
  { path: 'programs', label: 'Programs', element: <ProgramsPage /> },
  { path: 'board', label: 'Pairing board', element: <BoardPickerPage /> },
  { path: 'meetings', label: 'Meetings', element: <MeetingsPage /> },
  { path: 'competencies', label: 'Competencies', element: <CompetenciesPage /> },
  { path: 'goals', label: 'Goals', element: <GoalsPage /> },
  { path: 'training', label: 'Training', element: <TrainingPage /> },
  { path: 'evaluations', label: 'Evaluations', element: <EvaluationsPage /> },
  { path: 'outcomes', label: 'Outcomes', element: <OutcomesPage /> },
  { path: 'import', label: 'Import roster', element: <ImportPage />, needs: 'roster.commit' },
  { path: 'audit', label: 'Audit', element: <AuditPage /> },
  { path: 'export', label: 'Export', element: <ExportPage />, needs: 'exports.bundle' },
  { path: 'accounts', label: 'Accounts', element: <AccountsPage />, needs: 'accounts.list' },
  { path: 'settings', label: 'Settings', element: <SettingsPage /> },
];
