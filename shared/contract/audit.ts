import { z } from 'zod';
import type { AuditEvent, AuditVerification } from '../domain/audit';
import { method } from './define';

export interface AuditPage {
  items: AuditEvent[];
  matching: number;
}

export const auditMethods = {
  'audit.list': method(
    z.object({
      entity: z.string().max(60).optional(),
      entityId: z.string().max(60).optional(),
      search: z.string().trim().max(100).default(''),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
  ).returns<AuditPage>(),
  'audit.verify': method(z.object({})).returns<AuditVerification>(),
};
