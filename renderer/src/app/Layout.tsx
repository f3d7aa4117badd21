import { NavLink, Outlet } from 'react-router-dom';
import { ROLE_LABELS } from '../../../shared/domain/accounts';
import { api } from '../api/client';
import { useOpenFacility } from './FacilityContext';
import { PLACES } from './places';
import { useSession } from './SessionContext';

/** Left navigation, the facility and the signed-in educator always visible, the page beside. */
export function Layout() {
  const facility = useOpenFacility();
  const session = useSession();
  const user = session.status?.user ?? null;
  const places = PLACES.filter((place) => !place.needs || session.can(place.needs));
  const signOut = async () => {
    const result = await api.call('accounts.signOut', {});
    if (result.ok) session.setStatus(result.value);
  };
  return (
    <div className="app">
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('main')?.focus()}
      >
        Skip to content
      </button>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-name">Tandem</span>
          <span className="brand-facility" title={facility.name ?? undefined}>
            {facility.name ?? 'Unnamed facility'}
          </span>
        </div>
        <nav aria-label="Main">
          <ul className="nav-list">
            {places.map((place) => (
              <li key={place.path}>
                <NavLink
                  to={`/${place.path}`}
                  end={place.path === ''}
                  className={({ isActive }) => `nav-link${isActive ? ' nav-link-active' : ''}`}
                >
                  {place.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="actor">
          <span className="actor-label">Acting as</span>
          <span className="actor-name" title={session.status?.actor ?? facility.actor}>
            {user ? user.displayName : facility.actor}
          </span>
          {user && (
            <span className="actor-role">
              {user.username} · {ROLE_LABELS[user.role]}
            </span>
          )}
          {user?.role === 'viewer' && (
            <span className="actor-role">Read-only: changes are for educators.</span>
          )}
          {user && (
            <button
              type="button"
              className="button button-small actor-signout"
              onClick={() => void signOut()}
            >
              Sign out
            </button>
          )}
        </div>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
