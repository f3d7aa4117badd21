import { NavLink } from 'react-router-dom';

/** The two halves of the Training place: what is due, and the module catalogue. */
export function TrainingTabs() {
  const tab = ({ isActive }: { isActive: boolean }) => `tab${isActive ? ' tab-active' : ''}`;
  return (
    <nav className="tabs" aria-label="Training sections">
      <NavLink to="/training" end className={tab}>
        Due and expiring
      </NavLink>
      <NavLink to="/training/modules" className={tab}>
        Modules
      </NavLink>
    </nav>
  );
}
