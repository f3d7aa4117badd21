import type { PacketDocument } from '../../../shared/domain/printing';
import { formatDay } from './format';
import { Signatures } from './Signatures';
import { Heading } from './Heading';

export function SignOffsAndTraining({ doc }: { doc: PacketDocument }) {
  const locale = doc.header.locale;
  return (
    <section>
      <Heading>6. Competency sign-offs and training in {doc.period.key}</Heading>
      <Heading level={3}>Competency sign-offs</Heading>
      {doc.signOffs.length === 0 ? (
        <p className="empty">
          No competency sign-offs were recorded for {doc.pairing.mentee.name} in {doc.period.key}.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Competency</th>
              <th scope="col">Level</th>
              <th scope="col">Method</th>
              <th scope="col">Validated by</th>
            </tr>
          </thead>
          <tbody>
            {doc.signOffs.map((s, i) => (
              <tr key={i}>
                <td>{formatDay(s.signedOn, locale)}</td>
                <td className="wrap">{s.competency}</td>
                <td>{s.levelLabel}</td>
                <td>{s.methodLabel}</td>
                <td>{s.validatorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Heading level={3}>Training completed</Heading>
      {doc.training.length === 0 ? (
        <p className="empty">
          No training completions were recorded for the mentor or mentee in {doc.period.key}.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Person</th>
              <th scope="col">Module</th>
            </tr>
          </thead>
          <tbody>
            {doc.training.map((t, i) => (
              <tr key={i}>
                <td>{formatDay(t.completedOn, locale)}</td>
                <td>{t.personName}</td>
                <td className="wrap">{t.moduleName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ActionItems({ doc }: { doc: PacketDocument }) {
  const locale = doc.header.locale;
  return (
    <section>
      <Heading>7. Action items agreed in {doc.period.key}</Heading>
      {doc.actionItems.length === 0 ? (
        <p className="empty">No action items were recorded at this quarter’s meetings.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {doc.actionItems.map((a, i) => (
              <tr key={i}>
                <td>{formatDay(a.meetingDate, locale)}</td>
                <td className="wrap">{a.description}</td>
                <td>{a.owner}</td>
                <td>{formatDay(a.dueDate, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function PacketSignatures({ doc }: { doc: PacketDocument }) {
  return (
    <section className="sign-block">
      <Heading>8. Signatures</Heading>
      <p>
        By signing, we confirm we have read this packet for {doc.period.label} and discussed it
        together.
      </p>
      <Signatures lines={doc.signatures} />
    </section>
  );
}
