import { useEffect } from 'react';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** A line under the title (counts, context). */
  subtitle?: ReactNode;
  /** The page's one main action, shown on the right. */
  action?: ReactNode;
  /** Links back up the hierarchy, above the title. */
  breadcrumb?: ReactNode;
}

export function PageHeader({ title, subtitle, action, breadcrumb }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} · Tandem`;
  }, [title]);
  return (
    <header className="page-header">
      <div className="page-header-text">
        {breadcrumb && <div className="breadcrumb">{breadcrumb}</div>}
        <h1>{title}</h1>
        {subtitle && <p className="page-subtitle">{subtitle}</p>}
      </div>
      {action && <div className="page-action">{action}</div>}
    </header>
  );
}
