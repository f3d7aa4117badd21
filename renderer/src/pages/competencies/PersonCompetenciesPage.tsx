import { Link, useParams } from 'react-router-dom';
import { displayName } from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { PersonCompetencies } from './PersonCompetencies';

/** One person's competencies on a page of their own, reached from a sign-off history. */
export function PersonCompetenciesPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useApiQuery('people.get', { id }, { enabled: valid });
  const staff = detail.data?.staff;
  return (
    <div className="page">
      <PageHeader
        title={staff ? `Competencies of ${displayName(staff)}` : 'Competencies'}
        breadcrumb={<Link to="/competencies">Competencies</Link>}
        subtitle={
          staff && <Link to={`/people/${staff.id}`}>Open {displayName(staff)}’s record</Link>
        }
      />
      <ErrorBanner error={valid ? detail.error : 'There is no staff member at this address.'} />
      {staff && <PersonCompetencies staffId={staff.id} />}
    </div>
  );
}
