import { useState } from 'react';
import { useCan } from '../../app/SessionContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { BatchProgress } from './BatchProgress';
import { defaultQuarter, quarterOptions } from './quarters';
import { useBatchJob } from './useBatchJob';

interface BatchPrintButtonProps {
  cohortId: number;
  /** Offers the quarters since the cohort began. */
  cohortStart?: string;
  /** Starts on this quarter (the preview's) instead of the previous one. */
  quarter?: string;
  label?: string;
  /** Names the cohort in the dialog's question. */
  cohortName?: string;
}

/**
 * "Print packets…": one PDF per pairing and one combined, for a cohort and a quarter, printed in
 * the background with progress and Cancel while the rest of Tandem stays usable. Shown only to
 * roles that may start a batch (not a viewer: printing.startBatch writes files, and even asking
 * how a remembered job is going would be refused).
 */
export function BatchPrintButton(props: BatchPrintButtonProps) {
  return useCan('printing.startBatch') ? <BatchPrint {...props} /> : null;
}

function BatchPrint(props: BatchPrintButtonProps) {
  const { cohortId, cohortStart, cohortName, label = 'Print packets…' } = props;
  const batch = useBatchJob(cohortId);
  const options = quarterOptions(cohortStart ?? null);
  const listed =
    props.quarter && !options.some((o) => o.value === props.quarter)
      ? [{ value: props.quarter, label: props.quarter }, ...options]
      : options;
  const [quarter, setQuarter] = useState(() => props.quarter ?? defaultQuarter(options));
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    const started = await batch.start(quarter);
    setBusy(false);
    if (started) setOpen(false);
  };

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={batch.running}
        onClick={() => {
          batch.dismiss();
          setOpen(true);
        }}
      >
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={`Print packets for ${cohortName ?? 'this cohort'}, quarter ${quarter}`}
        confirmLabel="Print packets"
        busy={busy}
        onCancel={() => {
          batch.dismiss();
          setOpen(false);
        }}
        onConfirm={() => void start()}
      >
        <p>
          Tandem writes one PDF per pairing and one combined PDF of them all into the output folder
          (see Settings). It works in the background: you can carry on while it prints.
        </p>
        <SelectField
          label="Quarter"
          value={quarter}
          onChange={(e) => setQuarter(e.target.value)}
          options={listed}
        />
        <ErrorBanner error={open ? batch.error : null} />
      </ConfirmDialog>
      {!open && batch.error && <ErrorBanner error={batch.error} />}
      {batch.job && (
        <BatchProgress
          job={batch.job}
          onCancel={() => void batch.cancel()}
          onDismiss={batch.dismiss}
        />
      )}
    </>
  );
}
