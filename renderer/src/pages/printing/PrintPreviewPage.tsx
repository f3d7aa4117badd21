import type { CSSProperties } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PAPER_SIZE_LABELS, type PrintRequest } from '../../../../shared/domain/printing';
import { useApiQuery } from '../../api/useApiQuery';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { PrintDocumentView, usePrintStyles } from '../../print';
import { PAGE_MARGINS_MM } from '../../print/page';
import { BatchPrintButton } from './BatchPrintButton';
import { printPath, requestFromSearch, sourcePath } from './printRoutes';
import { quarterOptions } from './quarters';
import { SavePdfButton } from './SavePdfButton';
import '../../styles/blocks.css';
import '../../styles/print-preview.css';

/** The page margins the printers use, for the sheets on screen (CSS custom properties). */
const MARGINS = {
  '--page-top': `${PAGE_MARGINS_MM.top}mm`,
  '--page-right': `${PAGE_MARGINS_MM.right}mm`,
  '--page-bottom': `${PAGE_MARGINS_MM.bottom}mm`,
  '--page-left': `${PAGE_MARGINS_MM.left}mm`,
} as CSSProperties;

/**
 * `/print?kind=…`: a document as it will be printed, on paper-sized sheets, with the quarter
 * (for packets), the paper size, and Save as PDF.
 */
export function PrintPreviewPage() {
  const [params] = useSearchParams();
  const request = requestFromSearch(params);
  if (!request) return <NothingToPrint />;
  return <Preview key={JSON.stringify(request)} request={request} />;
}

function Preview({ request }: { request: PrintRequest }) {
  usePrintStyles();
  const navigate = useNavigate();
  const settings = useApiQuery('printing.settings', {});
  const preview = useApiQuery('printing.preview', request);
  const doc = preview.data;
  const source = sourcePath(request);

  return (
    <div className="page print-page">
      <PageHeader
        title={doc ? doc.header.title : 'Print preview'}
        breadcrumb={<Link to={source.path}>{source.label}</Link>}
        subtitle="Print preview at the paper’s width. Headers, footers with “Page n of m” and the remaining page breaks are added when the PDF is saved."
      />
      <div className="print-toolbar" role="group" aria-label="Print">
        <button
          type="button"
          className="button"
          onClick={() => (hasHistory() ? navigate(-1) : navigate(source.path))}
        >
          Back
        </button>
        {(request.kind === 'packet' || request.kind === 'cohortPacket') && (
          <QuarterPicker
            request={request}
            onChange={(quarter) => navigate(printPath({ ...request, quarter }), { replace: true })}
          />
        )}
        <p className="print-paper">
          Paper: <strong>{settings.data ? PAPER_SIZE_LABELS[settings.data.paperSize] : '…'}</strong>
          {doc?.header.landscape ? ', landscape' : ''} · <Link to="/settings">Change</Link>
        </p>
        <span className="spacer" />
        {request.kind === 'cohortPacket' && (
          <BatchPrintButton
            cohortId={request.cohortId}
            quarter={request.quarter}
            label="One file per pairing…"
          />
        )}
        <SavePdfButton key={JSON.stringify(request)} request={request} disabled={!doc} />
      </div>
      {/* A refusal (a pairing not completed, a quarter it did not run) is not helped by trying again. */}
      <ErrorBanner
        error={preview.error ?? settings.error}
        onRetry={preview.error?.code === 'internal' ? preview.reload : undefined}
      />
      {preview.loading && !doc && (
        <p className="muted" role="status">
          Preparing the preview…
        </p>
      )}
      {doc && (
        <div className="print-preview-canvas" style={MARGINS}>
          <PrintDocumentView document={doc} />
        </div>
      )}
    </div>
  );
}

/** Whether there is a page of the app to go back to (opened from the menu or a link, not typed in). */
function hasHistory(): boolean {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && 'idx' in state && Number(state.idx) > 0;
}

/** The quarter of a packet, among those since the pairing or cohort began. */
function QuarterPicker({
  request,
  onChange,
}: {
  request: Extract<PrintRequest, { quarter: string }>;
  onChange: (quarter: string) => void;
}) {
  const pairing = useApiQuery(
    'pairings.get',
    { id: request.kind === 'packet' ? request.pairingId : 0 },
    { enabled: request.kind === 'packet' },
  );
  const cohort = useApiQuery(
    'cohorts.get',
    { id: request.kind === 'cohortPacket' ? request.cohortId : 0 },
    { enabled: request.kind === 'cohortPacket' },
  );
  const from = pairing.data?.startDate ?? cohort.data?.startDate ?? null;
  const options = quarterOptions(from);
  const listed = options.some((o) => o.value === request.quarter)
    ? options
    : [{ value: request.quarter, label: request.quarter }, ...options];
  return (
    <SelectField
      label="Quarter"
      className="field-inline"
      value={request.quarter}
      onChange={(e) => onChange(e.target.value)}
      options={listed}
    />
  );
}

function NothingToPrint() {
  return (
    <div className="page">
      <PageHeader title="Print" subtitle="Packets, blank forms and certificates." />
      <EmptyState title="Nothing to print from this page">
        Print a pairing's packet with “Print packet…” on its page, a cohort's packets with “Print
        packets…” on the cohort's page, a blank form from Evaluations › Forms or a due evaluation,
        and a certificate from a completed pairing.
      </EmptyState>
    </div>
  );
}
