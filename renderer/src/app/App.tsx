import { HashRouter } from 'react-router-dom';
import { ErrorBanner } from '../components/ErrorBanner';
import { LockScreen } from '../pages/accounts/LockScreen';
import { SignInPage } from '../pages/accounts/SignInPage';
import { FirstAdminPage } from '../pages/firstrun/FirstAdminPage';
import { FirstRunPage } from '../pages/firstrun/FirstRunPage';
import { AppRoutes } from './AppRoutes';
import { FacilityProvider, useFacility } from './FacilityContext';
import { SessionProvider, useSession } from './SessionContext';

/** Hash routing: the app is served from a custom protocol in Electron, and from the host. */
export function App() {
  return (
    <FacilityProvider>
      <SessionProvider>
        <HashRouter>
          <Gate />
        </HashRouter>
      </SessionProvider>
    </FacilityProvider>
  );
}

function Booting({
  error,
  onRetry,
}: {
  error: Parameters<typeof ErrorBanner>[0]['error'];
  onRetry: () => void;
}) {
  return (
    <main className="boot" id="main">
      {error ? (
        <ErrorBanner error={error} onRetry={onRetry} />
      ) : (
        <p className="muted" role="status">
          Opening Tandem…
        </p>
      )}
    </main>
  );
}

/**
 * No facility open: the first-run screen. A facility without accounts: its first administrator
 * before anything else. Nobody signed in: the sign-in page. Otherwise the app, under the lock
 * screen while the session is locked (the page stays as it was underneath).
 */
function Gate() {
  const facility = useFacility();
  const session = useSession();
  if (!facility.status) return <Booting error={facility.error} onRetry={facility.refresh} />;
  if (!facility.status.open) return <FirstRunPage />;
  const status = session.status;
  if (!status || !status.facilityOpen) {
    return <Booting error={session.error} onRetry={session.refresh} />;
  }
  if (!status.hasAccounts) return <FirstAdminPage />;
  if (!status.user) return <SignInPage />;
  return (
    <>
      {/* A different person gets fresh pages, not what the last one had open. */}
      <div className="session-root" inert={status.locked} key={status.user.id}>
        <AppRoutes />
      </div>
      {status.locked && <LockScreen user={status.user} />}
    </>
  );
}
