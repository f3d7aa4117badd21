import type { ReactNode } from 'react';
import { AuditPage } from '../pages/audit/AuditPage';
import { BoardPickerPage } from '../pages/board/BoardPickerPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { PeoplePage } from '../pages/people/PeoplePage';
import { ProgramsPage } from '../pages/programs/ProgramsPage';
import { ImportPage } from '../pages/roster/ImportPage';
import { SettingsPage } from '../pages/settings/SettingsPage';

/** One main place of the app: a nav entry and its route. Adding a place is one line here. */
export interface Place {
  /** Route path under the hash, without the leading slash ('' is the start page). */
  path: string;
  label: string;
  element: ReactNode;
}

export const PLACES: readonly Place[] = [
  { path: '', label: 'Dashboard', element: <DashboardPage /> },
  { path: 'people', label: 'People', element: <PeoplePage /> },
  { path: 'programs', label: 'Programs', element: <ProgramsPage /> },
  { path: 'board', label: 'Pairing board', element: <BoardPickerPage /> },
  { path: 'import', label: 'Import roster', element: <ImportPage /> },
  { path: 'audit', label: 'Audit', element: <AuditPage /> },
  { path: 'settings', label: 'Settings', element: <SettingsPage /> },
];
