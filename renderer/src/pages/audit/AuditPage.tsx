import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { AuditVerification } from '../../../../shared/domain/audit';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import type { PickedStaff } from '../../components/StaffPicker';
import { formatCount } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import {
  AuditFilters,
  NO_CHOICE,
  rangeError,
  startOfDay,
  usePersonFromAddress,
  type AuditChoice,
} from './AuditFilters';
import { AuditTable } from './AuditTable';
import { describeEntity } from './describe';
import { AUDIT_PAGE_SIZE, useAuditPages, type AuditFilter } from './useAuditPages';
import { VerifyResult } from './VerifyTrail';

/** `?staffId=12` opens the trail of one person (a link from their page). */
function staffIdOf(params: URLSearchParams): number | null {
  const n = Number(params.get('staffId'));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? undefined;
  const entityId = params.get('entityId') ?? undefined;
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText.trim(), 200);
  const [choice, setChoice] = useState<AuditChoice>(NO_CHOICE);
  usePersonFromAddress(
    staffIdOf(params),
    useCallback((person: PickedStaff) => setChoice((c) => ({ ...c, person })), []),
  );
  const filter: AuditFilter | null = rangeError(choice)
    ? null
    : {
        ...(entity ? { entity } : {}),
        ...(entityId ? { entityId } : {}),
        ...(choice.person ? { staffId: choice.person.staffId } : {}),
        entities: choice.entities,
        actions: choice.actions,
        ...(choice.from ? { since: startOfDay(choice.from) } : {}),
        ...(choice.to ? { until: startOfDay(choice.to, 1) } : {}),
        search,
      };
  const trail = useAuditPages(filter);
  const filtered =
    !!search ||
    !!entity ||
    !!choice.person ||
    choice.entities.length + choice.actions.length > 0 ||
    !!choice.from ||
    !!choice.to;

  const [verifying, setVerifying] = useState(false);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifyError, setVerifyError] = useState<ApiError | null>(null);
  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    const result = await api.call('audit.verify', {});
    setVerifying(false);
    if (result.ok) setVerification(result.value);
    else setVerifyError(result.error);
  };

  // Every event of one record shares its subject: the first one loaded names it.
  const onlyLabel = entity
    ? describeEntity({
        entity,
        entityId: entityId ?? '',
        subject: (entityId && trail.items[0]?.subject) || null,
      })
    : null;

  return (
    <div className="page">
      <PageHeader
        title="Audit trail"
        subtitle="Every change: who made it, when, and the values before and after. Events are never edited or removed."
        action={
          <button
            type="button"
            className="button button-primary"
            onClick={() => void verify()}
            disabled={verifying}
          >
            {verifying ? 'Verifying…' : 'Verify trail'}
          </button>
        }
      />
      <ErrorBanner error={verifyError} />
      {verification && <VerifyResult result={verification} />}
      <div className="toolbar">
        <div className="field field-inline search-field">
          <label htmlFor="audit-search">Search</label>
          <input
            id="audit-search"
            type="search"
            placeholder="Who, what or a value"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            autoComplete="off"
          />
        </div>
        {onlyLabel && (
          <ul className="chips" aria-label="Active filters">
            <li>
              <button
                type="button"
                className="chip"
                aria-label={`Remove filter ${onlyLabel}`}
                onClick={() => setParams({}, { replace: true })}
              >
                <span className="chip-group">Only:</span> {onlyLabel}
                <span aria-hidden="true" className="chip-x">
                  ×
                </span>
              </button>
            </li>
          </ul>
        )}
      </div>
      <AuditFilters choice={choice} onChange={setChoice} />
      <p className="row-count" role="status">
        {filter === null
          ? 'Choose a last day on or after the first day.'
          : trail.matching === null
            ? 'Loading events…'
            : `${formatCount(Math.min(trail.items.length, trail.matching))} of ${formatCount(trail.matching)} ${trail.matching === 1 ? 'event' : 'events'}${choice.person ? ` about ${choice.person.displayName}` : ''}`}
      </p>
      <ErrorBanner error={trail.error} />
      {filter !== null && trail.matching === 0 ? (
        <EmptyState title={filtered ? 'No events match' : 'No events yet'}>
          {filtered
            ? 'Try another search, widen the days, or remove a filter.'
            : 'Every change made in Tandem will be listed here.'}
        </EmptyState>
      ) : (
        <AuditTable items={trail.items} />
      )}
      {filter !== null && trail.matching !== null && trail.items.length < trail.matching && (
        <div className="load-more">
          <button
            type="button"
            className="button"
            onClick={() => void trail.loadMore()}
            disabled={trail.loading}
          >
            {trail.loading ? 'Loading…' : `Load ${formatCount(AUDIT_PAGE_SIZE)} more`}
          </button>
        </div>
      )}
    </div>
  );
}
