import type { SignatureLine } from '../../../shared/domain/printing';

/** Signature and date lines, each with the signer's printed name and role under it. */
export function Signatures({
  lines,
  withDate = true,
}: {
  lines: SignatureLine[];
  withDate?: boolean;
}) {
  return (
    <div className="signatures">
      {lines.map((line) => (
        <div className="signature" key={line.role}>
          <div className="signature-row">
            <div className="signature-field">
              <div className="rule" />
              <div className="under">
                <strong>{line.name ?? 'Printed name: ______________________'}</strong>
                <span>{line.role}: signature</span>
              </div>
            </div>
            {withDate ? (
              <div className="signature-date">
                <div className="rule" />
                <div className="under">
                  <span>Date</span>
                </div>
              </div>
            ) : null}
          </div>
        </div>
      ))}
    </div>
  );
}
