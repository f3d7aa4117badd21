import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { listAuditEvents } from './service';
import { verifyAuditTrail } from './verify';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.list': (input, ctx) => listAuditEvents(requireDb(ctx).db, input),
  'audit.verify': (_input, ctx) => verifyAuditTrail(requireDb(ctx).db),
};
