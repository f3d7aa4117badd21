import { Link, useNavigate, useParams } from 'react-router-dom';
import { displayName } from '../../../../shared/domain/staff';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { ViewerNote } from '../../components/ViewerNote';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { fieldErrorsFrom } from '../../lib/problems';
import { StaffForm } from './StaffForm';
import { EMPTY_STAFF_FORM, formFromStaff } from './staffForm';

function useUnits(): string[] {
  const facets = useApiQuery('people.facets', {});
  return (facets.data?.units ?? []).map((u) => u.value).filter((u) => u !== '');
}

export function StaffNewPage() {
  const navigate = useNavigate();
  const units = useUnits();
  const canAdd = useCan('people.create');
  // Reachable by URL: a viewer is told the page is not theirs instead of a form that is refused.
  if (!canAdd) {
    return (
      <div className="page">
        <PageHeader title="Add staff member" breadcrumb={<Link to="/people">People</Link>} />
        <ViewerNote>Viewers can read the directory; adding staff is for educators.</ViewerNote>
      </div>
    );
  }
  return (
    <div className="page">
      <StaffForm
        title="Add staff member"
        breadcrumb={<Link to="/people">People</Link>}
        subtitle="Most staff come from the HR roster import; add someone here when they are not in it yet."

        initial={EMPTY_STAFF_FORM}
        initialSupervisor={null}
        submitLabel="Add staff member"
        units={units}
        onCancel={() => void navigate('/people')}
        onSave={async (payload) => {
          const result = await api.call('people.create', payload);
          if (result.ok) {
            void navigate(`/people/${result.value.id}`, { replace: true });
            return null;
          }
          return { error: result.error, fieldErrors: fieldErrorsFrom(result.error) };
        }}
      />
    </div>
  );
}

export function StaffEditPage() {
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const detail = useApiQuery('people.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const units = useUnits();
  const staff = detail.data?.staff;
  const back = `/people/${id}`;
  const canEdit = useCan('people.update');

  if (!canEdit) {
    return (
      <div className="page">
        <PageHeader title="Edit staff member" breadcrumb={<Link to="/people">People</Link>} />
        <ViewerNote>
          Viewers can read <Link to={back}>this staff record</Link>; editing it is for educators.
        </ViewerNote>
      </div>
    );
  }

  return (
    <div className="page">
      {!staff && (
        <PageHeader title="Edit staff member" breadcrumb={<Link to="/people">People</Link>} />
      )}
      <ErrorBanner error={detail.error} />
      {detail.data && staff && (
        <StaffForm
          key={staff.updatedAt}
          title={`Edit ${displayName(staff)}`}
          breadcrumb={
            <>
              <Link to="/people">People</Link> <span aria-hidden="true">›</span>{' '}
              <Link to={back}>{displayName(staff)}</Link>
            </>
          }
          initial={formFromStaff(staff)}
          initialSupervisor={detail.data.supervisor}
          staffId={staff.id}
          submitLabel="Save changes"
          units={units}
          onCancel={() => void navigate(back)}
          onSave={async (payload) => {
            const result = await api.call('people.update', { id, staff: payload });
            if (result.ok) {
              void navigate(back, { replace: true });
              return null;
            }
            return { error: result.error, fieldErrors: fieldErrorsFrom(result.error, 'staff.') };
          }}
        />
      )}
    </div>
  );
}
