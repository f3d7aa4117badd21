import { Link, useParams } from 'react-router-dom';
import { displayName } from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { PersonTraining } from './PersonTraining';

/** One person's training, reached from the due list; their staff record is one link away. */
export function PersonTrainingPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const person = useApiQuery('people.get', { id }, { enabled: valid });
  const staff = person.data?.staff;
  return (
    <div className="page">
      <PageHeader
        title={staff ? `Training of ${displayName(staff)}` : 'Training'}
        breadcrumb={<Link to="/training">Training</Link>}
        subtitle={
          staff && (
            <>
              <span className="mono">#{staff.employeeNumber}</span> · {staff.unit ?? 'No unit'} ·{' '}
              <Link to={`/people/${staff.id}`}>Staff record</Link>
            </>
          )
        }
      />
      <ErrorBanner error={valid ? person.error : 'There is no staff member at this address.'} />
      {valid && staff && <PersonTraining staffId={id} />}
    </div>
  );
}
