/** A backup file Tandem knows of, in its backup folder. */
export interface BackupEntry {
  path: string;
  name: string;
  bytes: number;
  /** When it was taken (ISO-8601), from its name or else its file time. */
  takenAt: string;
  automatic: boolean;
}

export interface BackupOverview {
  folder: string;
  /** How many automatic daily backups are kept. */
  keep: number;
  automatic: boolean;
  backups: BackupEntry[];
}

export interface BackupMade {
  path: string;
  bytes: number;
}

export interface RestoreMade {
  restoredFrom: string;
  safetyCopy: string | null;
  schemaVersion: number;
  facility: string;
  auditEvents: number;
}
