import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { AuditEvent, AuditVerification } from '../../../../shared/domain/audit';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatCount, formatInstant } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { ChangeList } from './ChangeList';
import { describeAction, describeEntity, staffOf } from './describe';
import { AUDIT_PAGE_SIZE, useAuditPages } from './useAuditPages';
import { VerifyResult } from './VerifyTrail';

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? undefined;
  const entityId = params.get('entityId') ?? undefined;
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText.trim(), 200);
  const trail = useAuditPages({
    ...(entity ? { entity } : {}),
    ...(entityId ? { entityId } : {}),
    search,
  });

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
        {entity && (
          <ul className="chips" aria-label="Active filters">
            <li>
              <button
                type="button"
                className="chip"
                aria-label={`Remove filter ${describeEntity({ entity, entityId: entityId ?? '' })}`}
                onClick={() => setParams({}, { replace: true })}
              >
                <span className="chip-group">Only:</span>{' '}
                {describeEntity({ entity, entityId: entityId ?? '' })}
                <span aria-hidden="true" className="chip-x">
                  ×
                </span>
              </button>
            </li>
          </ul>
        )}
        <p className="row-count" role="status">
          {trail.matching === null
            ? 'Loading events…'
            : `${formatCount(Math.min(trail.items.length, trail.matching))} of ${formatCount(trail.matching)} ${trail.matching === 1 ? 'event' : 'events'}`}
        </p>
      </div>
      <ErrorBanner error={trail.error} />
      {trail.matching === 0 ? (
        <EmptyState title={search || entity ? 'No events match' : 'No events yet'}>
          {search || entity
            ? 'Try another search, or remove the filter.'
            : 'Every change made in Tandem will be listed here.'}
        </EmptyState>
      ) : (
        <AuditTable items={trail.items} />
      )}
      {trail.matching !== null && trail.items.length < trail.matching && (
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

function AuditTable({ items }: { items: AuditEvent[] }) {
  return (
    <div className="table-scroll">
      <table className="table audit-table">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Action</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {items.map((event) => (
            <tr key={event.id}>
              <td className="nowrap">
                <time dateTime={event.at}>{formatInstant(event.at)}</time>
              </td>
              <td>{event.actor}</td>
              <td>
                {event.entity === 'staff' && event.action !== 'delete' ? (
                  <Link to={`/people/${event.entityId}`}>{describeEntity(event)}</Link>
                ) : (
                  describeEntity(event)
                )}
                {staffOf(event) && <div className="muted small">{staffOf(event)}</div>}
              </td>
              <td>{describeAction(event.action)}</td>
              <td>
                <ChangeList event={event} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
