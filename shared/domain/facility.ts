export interface FacilityStatus {
  /** Whether a facility database is open; the first-run screen shows when it is not. */
  open: boolean;
  path: string | null;
  name: string | null;
  schemaVersion: number | null;
  /** Where a new facility database goes unless the educator picks another place. */
  defaultPath: string;
  recent: string[];
  /** Who the audit trail names for changes made now. */
  actor: string;
}
