import { z } from 'zod';
import type { AuditEvent, AuditVerification } from '../domain/audit';
import { method } from './define';

export interface AuditPage {
  items: AuditEvent[];
  matching: number;
}

/** How many events there are of each kind and each action, for the filters. */
export interface AuditFacets {
  entities: { value: string; count: number }[];
  actions: { value: string; count: number }[];
}

const instant = z.iso.datetime({ offset: true });
const codes = z.array(z.string().trim().min(1).max(60)).max(60).default([]);

export const auditQuery = z
  .object({
    entity: z.string().max(60).optional(),
    entityId: z.string().max(60).optional(),
    /** Every event about this staff member: their record, enrolments, pairings and all of theirs. */
    staffId: z.number().int().positive().optional(),
    /** Kinds of record (any of them); every kind when empty. */
    entities: codes,
    /** Actions (any of them); every action when empty. */
    actions: codes,
    /** Events at or after this instant (the start of the first day shown, in the workstation's zone). */
    since: instant.optional(),
    /** Events before this instant (the start of the day after the last day shown). */
    until: instant.optional(),
    search: z.string().trim().max(100).default(''),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .refine((q) => !q.since || !q.until || Date.parse(q.since) < Date.parse(q.until), {
    path: ['until'],
    message: 'the last day must be on or after the first day',
  });

export const auditMethods = {
  'audit.list': method(auditQuery).returns<AuditPage>(),
  'audit.facets': method(z.object({})).returns<AuditFacets>(),
  'audit.verify': method(z.object({})).returns<AuditVerification>(),
};
