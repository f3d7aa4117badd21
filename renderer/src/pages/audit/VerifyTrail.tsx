import type { AuditVerification } from '../../../../shared/domain/audit';
import { formatCount } from '../../lib/format';

/** The answer of "Verify trail", in words first. */
export function VerifyResult({ result }: { result: AuditVerification }) {
  if (result.intact) {
    return (
      <div className="banner banner-ok" role="status">
        <span className="banner-word">Intact:</span> all {formatCount(result.events)} events check
        out; none has been changed or removed. Latest hash{' '}
        <code title={result.headHash}>{result.headHash.slice(0, 16)}…</code>
      </div>
    );
  }
  return (
    <div className="banner banner-error" role="alert">
      <span className="banner-word">Broken:</span> the trail fails at event #{result.firstBadId} (of{' '}
      {formatCount(result.events)}): {result.reason}
    </div>
  );
}
