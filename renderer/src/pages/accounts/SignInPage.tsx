import { useEffect } from 'react';
import { useFacility } from '../../app/FacilityContext';
import { SignInForm } from './SignInForm';
import './accounts.css';

/** Nobody is signed in to the open facility (also what the browser host's address opens). */
export function SignInPage() {
  const facility = useFacility();
  useEffect(() => {
    document.title = 'Sign in · Tandem';
  }, []);
  return (
    <main className="sign-in" id="main">
      <section className="card sign-in-card" aria-labelledby="sign-in-heading">
        <p className="brand-name">Tandem</p>
        <h1 id="sign-in-heading">Sign in to {facility.status?.name ?? 'Tandem'}</h1>
        <p className="muted">
          Use your own account: every change is recorded under your name. Five wrong passwords lock
          the account for five minutes.
        </p>
        <SignInForm />
      </section>
    </main>
  );
}
