import type { CohortPacketDocument } from '../../../shared/domain/printing';
import { AuditHead } from './AuditHead';
import { formatDay } from './format';
import { PacketView } from './PacketView';
import { Heading } from './Heading';

/** The cover of a cohort's packets: what follows, one line per pairing. */
export function CohortCover({ doc }: { doc: CohortPacketDocument }) {
  const locale = doc.header.locale;
  return (
    <section className="cover">
      <p className="cover-facility">{doc.header.facilityName}</p>
      <h1>Quarterly evaluation packets</h1>
      <p className="cover-period">{doc.period.label}</p>
      <table className="facts">
        <tbody>
          <tr>
            <th scope="row">Program</th>
            <td>{doc.programName}</td>
          </tr>
          <tr>
            <th scope="row">Cohort</th>
            <td>
              {doc.cohortName} ({doc.cohortCode}), from {formatDay(doc.cohortStart, locale)}
              {doc.cohortEnd ? ` to ${formatDay(doc.cohortEnd, locale)}` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">Packets</th>
            <td>{doc.contents.length}, one per pairing, each numbered on its own</td>
          </tr>
        </tbody>
      </table>
      <Heading>Contents</Heading>
      <table>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Mentee</th>
            <th scope="col">Mentor</th>
            <th scope="col">Status</th>
            <th scope="col">Pairing reference</th>
          </tr>
        </thead>
        <tbody>
          {doc.contents.map((c, i) => (
            <tr key={c.pairingId}>
              <td className="num">{i + 1}</td>
              <td>{c.menteeName}</td>
              <td>{c.mentorName}</td>
              <td>{c.statusLabel}</td>
              <td>Pairing {c.pairingId}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AuditHead header={doc.header} />
    </section>
  );
}

export function CohortPacketView({ doc }: { doc: CohortPacketDocument }) {
  return (
    <>
      <CohortCover doc={doc} />
      {doc.packets.map((p) => (
        <PacketView key={p.pairing.id} doc={p} />
      ))}
    </>
  );
}
