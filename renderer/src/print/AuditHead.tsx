import type { DocumentHeader } from '../../../shared/domain/printing';

/**
 * The audit chain's head when the document was built, in full: a reader holds it against
 * `audit verify` and the export manifest to know which state of the record this paper shows.
 */
export function AuditHead({ header }: { header: DocumentHeader }) {
  if (!header.auditHead) return null;
  return (
    <p className="cover-note audit-head">
      Audit trail: {header.auditHead.events} events, chain head <code>{header.auditHead.hash}</code>
    </p>
  );
}
