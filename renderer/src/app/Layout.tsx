import { NavLink, Outlet } from 'react-router-dom';
import { useOpenFacility } from './FacilityContext';
import { PLACES } from './places';

/** Left navigation, the facility and the acting educator always visible, the page beside. */
export function Layout() {
  const facility = useOpenFacility();
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
            {PLACES.map((place) => (
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
          <span className="actor-name" title={facility.actor}>
            {facility.actor}
          </span>
        </div>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
