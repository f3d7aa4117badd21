import { NavLink } from 'react-router-dom';

/** The Evaluations place: what is due, the forms, and which forms each program asks for. */
export function EvaluationsTabs() {
  const tab = ({ isActive }: { isActive: boolean }) => `tab${isActive ? ' tab-active' : ''}`;
  return (
    <nav className="tabs" aria-label="Evaluations sections">
      <NavLink to="/evaluations" end className={tab}>
        Due and overdue
      </NavLink>
      <NavLink to="/evaluations/forms" className={tab}>
        Forms
      </NavLink>
      <NavLink to="/evaluations/plans" className={tab}>
        Program plans
      </NavLink>
    </nav>
  );
}
