import type { CertificateDocument } from '../../../shared/domain/printing';
import { formatDay } from './format';
import { Signatures } from './Signatures';

/** One certificate on one landscape page. */
export function CertificateView({ doc }: { doc: CertificateDocument }) {
  const locale = doc.header.locale;
  return (
    <article className="certificate">
      <div className="certificate-frame">
        <p className="cover-facility">{doc.header.facilityName}</p>
        <h1>{doc.heading}</h1>
        <p className="certifies">This certifies that</p>
        <p className="recipient">{doc.recipientName}</p>
        <p className="statement">{doc.statement}</p>
        <p className="program">
          {doc.programName} · {doc.cohortName}
        </p>
        <p className="dates">
          {doc.dates.map((d) => `${d.label} ${formatDay(d.day, locale)}`).join(' · ')}
        </p>
        <Signatures lines={doc.signatures} />
      </div>
    </article>
  );
}
