import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Pairing } from '../../../../shared/domain/pairings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SelectField } from '../../components/Field';
import { printPath } from './printRoutes';
import { defaultQuarter, quarterOptions } from './quarters';

/** "Print packet…": choose the quarter (the previous one by default), then see the preview. */
export function PrintPacketButton({ pairing }: { pairing: Pairing }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const options = quarterOptions(pairing.startDate ?? pairing.createdAt.slice(0, 10));
  const [quarter, setQuarter] = useState(() => defaultQuarter(options));
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Print packet…
      </button>
      <ConfirmDialog
        open={open}
        title="Print the quarterly evaluation packet"
        confirmLabel="Preview packet"
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          navigate(printPath({ kind: 'packet', pairingId: pairing.id, quarter }));
        }}
      >
        <p>
          {pairing.mentee.displayName} with {pairing.mentor.displayName}: goals, meetings,
          evaluation scores and comments, sign-offs and signature lines for one quarter.
        </p>
        <SelectField
          label="Quarter"
          value={quarter}
          onChange={(e) => setQuarter(e.target.value)}
          options={options}
          hint="The previous quarter is chosen first: the one a packet usually reports on."
        />
      </ConfirmDialog>
    </>
  );
}
