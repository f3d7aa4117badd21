/** What an audit export covers; every field optional but the flags. */
export interface ExportScope {
  /** First day (YYYY-MM-DD) of dated rows and audit events to include. */
  from?: string;
  /** Last day (YYYY-MM-DD), inclusive. */
  to?: string;
  programId?: number;
  deidentified: boolean;
  /** Also write one workbook with a sheet per table. */
  xlsx: boolean;
}

/** One file of a bundle as the manifest lists it. */
export interface ManifestFile {
  path: string;
  table: string | null;
  format: 'csv' | 'json' | 'xlsx';
  rows: number;
  bytes: number;
  sha256: string;
}

export interface ExportManifest {
  format: 'tandem-audit-export';
  formatVersion: 1;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  facility: string | null;
  auditChain: {
    /** The hash of the last event of the database's trail when exported. */
    headHash: string;
    events: number;
    /** The events in this bundle: a run of consecutive ids. */
    exported: { events: number; firstId: number | null; lastId: number | null };
    /** False in a de-identified bundle: content withheld, only the links can be checked. */
    contentIncluded: boolean;
  };
  scope: {
    from: string | null;
    to: string | null;
    programId: number | null;
    deidentified: boolean;
    /** How each table's rows were chosen, in words. */
    tables: Record<string, string>;
  };
  deidentification: {
    method: string;
    tables: Record<string, { dropped: string[]; pseudonymised: string[] }>;
    omittedTables: string[];
  } | null;
  files: ManifestFile[];
}

export interface ExportResult {
  folder: string;
  files: number;
  bytes: number;
  tables: number;
  rows: number;
}

export interface BundleProblem {
  file: string;
  message: string;
}
