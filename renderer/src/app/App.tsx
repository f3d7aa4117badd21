import { HashRouter } from 'react-router-dom';
import { ErrorBanner } from '../components/ErrorBanner';
import { FirstRunPage } from '../pages/firstrun/FirstRunPage';
import { AppRoutes } from './AppRoutes';
import { FacilityProvider, useFacility } from './FacilityContext';

/** Hash routing: the app is served from a custom protocol in Electron, and from the host. */
export function App() {
  return (
    <FacilityProvider>
      <HashRouter>
        <Gate />
      </HashRouter>
    </FacilityProvider>
  );
}

/** No facility database open yet: the first-run screen; otherwise the app. */
function Gate() {
  const { status, error, refresh } = useFacility();
  if (!status) {
    return (
      <main className="boot" id="main">
        {error ? (
          <ErrorBanner error={error} onRetry={refresh} />
        ) : (
          <p className="muted" role="status">
            Opening Tandem…
          </p>
        )}
      </main>
    );
  }
  return status.open ? <AppRoutes /> : <FirstRunPage />;
}
