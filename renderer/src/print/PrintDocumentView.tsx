import type { PrintableDocument } from '../../../shared/domain/printing';
import { BlankFormView } from './BlankFormView';
import { CertificateView } from './CertificateView';
import { CohortPacketView } from './CohortPacketView';
import { OutcomesReportView } from './OutcomesReportView';
import { PacketView } from './PacketView';

/**
 * Renders a printable document: the on-screen preview and (through the core's HTML renderer)
 * the PDF use this same view. Pure: everything comes from `document`.
 */
export function PrintDocumentView({ document }: { document: PrintableDocument }) {
  const className = `print-doc paper-${document.header.paperSize}${document.header.landscape ? ' landscape' : ''}`;
  return (
    <div className={className} lang={document.header.locale}>
      <DocumentBody document={document} />
    </div>
  );
}

function DocumentBody({ document }: { document: PrintableDocument }) {
  switch (document.kind) {
    case 'packet':
      return <PacketView doc={document} />;
    case 'cohortPacket':
      return <CohortPacketView doc={document} />;
    case 'blankForm':
      return <BlankFormView doc={document} />;
    case 'certificate':
      return <CertificateView doc={document} />;
    case 'outcomesReport':
      return <OutcomesReportView doc={document} />;
  }
}
