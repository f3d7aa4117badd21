import { PageHeader } from '../../components/PageHeader';
import { AuditExportCard } from './AuditExportCard';
import { BackupCard } from './BackupCard';

/** Getting data out safely: the audit export bundle and backups of the database. */
export function ExportPage() {
  return (
    <div className="page">
      <PageHeader
        title="Export"
        subtitle="Hand auditors a bundle anyone can verify, and keep backups of the database."
      />
      <div className="settings-grid">
        <AuditExportCard />
        <BackupCard />
      </div>
    </div>
  );
}
