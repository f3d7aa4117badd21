import { useEffect } from 'react';
import { useFacility } from '../../app/FacilityContext';
import { CreateFacilityForm } from './CreateFacilityForm';
import { OpenFacilityForm } from './OpenFacilityForm';

/** Shown while no facility database is open: create one, or open one that exists. */
export function FirstRunPage() {
  const { status, setStatus } = useFacility();
  useEffect(() => {
    document.title = 'Welcome · Tandem';
  }, []);
  if (!status) return null;
  return (
    <main className="first-run" id="main">
      <header className="first-run-header">
        <p className="brand-name">Tandem</p>
        <h1>Set up your facility</h1>
        <p className="muted">
          Tandem keeps one facility&apos;s staff directory, mentorship programs and audit trail in a
          single database file on this workstation. Create a new one, or open the file you already
          use.
        </p>
      </header>
      <div className="first-run-cards">
        <section className="card" aria-labelledby="create-heading">
          <h2 id="create-heading">Create a facility database</h2>
          <CreateFacilityForm defaultPath={status.defaultPath} onDone={setStatus} />
        </section>
        <section className="card" aria-labelledby="open-heading">
          <h2 id="open-heading">Open an existing database</h2>
          <OpenFacilityForm recent={status.recent} onDone={setStatus} />
        </section>
      </div>
    </main>
  );
}
