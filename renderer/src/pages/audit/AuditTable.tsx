import { Link } from 'react-router-dom';
import type { AuditEvent } from '../../../../shared/domain/audit';
import { formatInstant } from '../../lib/format';
import { ChangeList } from './ChangeList';
import { describeAction, describeEntity } from './describe';

/** Newest first: when, who, what it is about (by name), the change in words, the values. */
export function AuditTable({ items }: { items: AuditEvent[] }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Audit events">
      <table className="table audit-table">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Change</th>
            <th scope="col">Values</th>
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
                {event.subjectStaffId !== null ? (
                  <Link to={`/people/${event.subjectStaffId}`}>{describeEntity(event)}</Link>
                ) : (
                  describeEntity(event)
                )}
              </td>
              <td>{describeAction(event.action, event.before)}</td>
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
