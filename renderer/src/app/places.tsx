import type { ReactNode } from 'react';
import { AuditPage } from '../pages/audit/AuditPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { PeoplePage } from '../pages/people/PeoplePage';
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
  { path: 'import', label: 'Import roster', element: <ImportPage /> },
  { path: 'audit', label: 'Audit', element: <AuditPage /> },
  { path: 'settings', label: 'Settings', element: <SettingsPage /> },
];
