export interface AuditEvent {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  hash: string;
}

export type AuditVerification =
  | { intact: true; events: number; headHash: string }
  | { intact: false; events: number; firstBadId: number; reason: string };
