import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { auditFacets, listAuditEvents } from './service';
import { verifyAuditTrail } from './verify';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.list': (input, ctx) => listAuditEvents(requireDb(ctx).db, input),
  'audit.facets': (_input, ctx) => auditFacets(requireDb(ctx).db),
  'audit.verify': (_input, ctx) => verifyAuditTrail(requireDb(ctx).db),
};
