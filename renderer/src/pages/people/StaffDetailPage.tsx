import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  ROLE_LABELS,
  SHIFT_LABELS,
  displayName,
  type StaffMember,
} from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDay, formatInstant } from '../../lib/format';
import { CompetenciesSummary } from '../competencies/CompetenciesSummary';
import { PersonPairings } from '../pairings/PersonPairings';
import { TrainingSummary } from '../training/TrainingSummary';
import { DeleteStaffButton, MarkLeftButton } from './StaffActions';

export function StaffDetailPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useApiQuery('people.get', { id }, { enabled: valid });
  const [notice, setNotice] = useState<string | null>(null);
  const staff = detail.data?.staff;
  const name = staff ? displayName(staff) : 'Staff member';

  return (
    <div className="page">
      <PageHeader
        title={name}
        breadcrumb={<Link to="/people">People</Link>}
        subtitle={
          staff && (
            <>
              <span className="mono">#{staff.employeeNumber}</span> ·{' '}
              {staff.role ? ROLE_LABELS[staff.role] : 'Role not set'} · {staff.unit ?? 'No unit'} ·{' '}
              <StatusBadge status={staff.status} />
            </>
          )
        }
        action={
          staff && (
            <Can method="people.update">
              <Link className="button button-primary" to={`/people/${staff.id}/edit`}>
                Edit
              </Link>
            </Can>
          )
        }
      />
      <ErrorBanner error={valid ? detail.error : 'There is no staff member at this address.'} />
      <Notice>{notice}</Notice>
      {detail.data && staff && (
        <>
          <div className="detail-actions">
            <Link to={`/audit?entity=staff&entityId=${staff.id}`}>Audit history of {name}</Link>
            <span className="spacer" />
            {staff.status !== 'left' && (
              <Can method="people.markLeft">
                <MarkLeftButton
                  staff={staff}
                  onDone={(s) => {
                    setNotice(`${displayName(s)} is now marked as left.`);
                    detail.reload();
                  }}
                />
              </Can>
            )}
            {!detail.data.hasHistory && (
              <Can method="people.delete">
                <DeleteStaffButton staff={staff} />
              </Can>
            )}
          </div>
          <StaffFields staff={staff} supervisor={detail.data.supervisor} />
          <div className="summary-grid">
            <TrainingSummary staffId={staff.id} />
            <CompetenciesSummary staffId={staff.id} />
          </div>
          <PersonPairings staffId={staff.id} />
          {detail.data.hasHistory && (
            <Can method="people.markLeft">
              <p className="muted small">
                {name} has history in Tandem, so the record can be marked as left but not deleted.
              </p>
            </Can>
          )}
        </>
      )}
    </div>
  );
}

function StaffFields({
  staff,
  supervisor,
}: {
  staff: StaffMember;
  supervisor: { id: number; displayName: string; employeeNumber: string } | null;
}) {
  const rows: [string, ReactNode][] = [
    ['Employee number', <span className="mono">{staff.employeeNumber}</span>],
    ['First name', staff.firstName],
    ['Last name', staff.lastName],
    ['Preferred name', staff.preferredName],
    ['E-mail', staff.email],
    ['Role / discipline', staff.role && ROLE_LABELS[staff.role]],
    ['Unit / department', staff.unit],
    ['Job level', staff.jobLevel],
    ['Usual shift', staff.shift && SHIFT_LABELS[staff.shift]],
    ['Years of experience', staff.yearsExperience],
    ['Hire date', staff.hireDate && formatDay(staff.hireDate)],
    ['End date', staff.endDate && formatDay(staff.endDate)],
    ['Status', <StatusBadge status={staff.status} />],
    [
      'Supervisor',
      supervisor && (
        <Link to={`/people/${supervisor.id}`}>
          {supervisor.displayName} <span className="mono">#{supervisor.employeeNumber}</span>
        </Link>
      ),
    ],
    ['Languages', staff.languages.join(', ')],
    ['Interests', staff.interests.join(', ')],
    ['Career goals', staff.careerGoals],
    ['Private notes', staff.notes],
    ['Added', formatInstant(staff.createdAt)],
    ['Last changed', formatInstant(staff.updatedAt)],
  ];
  return (
    <dl className="detail-list card">
      {rows.map(([label, value]) => (
        <div key={label} className="detail-row">
          <dt>{label}</dt>
          <dd>
            {value === null || value === undefined || value === '' ? (
              <span className="muted">Not recorded</span>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
