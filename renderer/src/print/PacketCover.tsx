import type { PacketDocument, PrintPerson } from '../../../shared/domain/printing';
import { formatDay } from './format';
import { AuditHead } from './AuditHead';
import { Heading } from './Heading';

function personCells(p: PrintPerson) {
  return (
    <>
      <td>{p.name}</td>
      <td>{p.employeeNumber}</td>
      <td>{p.discipline ?? '—'}</td>
      <td>{p.unit ?? '—'}</td>
    </>
  );
}

/** The packet's first page: whose packet, for which program, cohort and quarter. */
export function PacketCover({ doc }: { doc: PacketDocument }) {
  const { pairing, period, header } = doc;
  return (
    <section className="cover">
      <p className="cover-facility">{header.facilityName}</p>
      <h1>Quarterly evaluation packet</h1>
      <p className="cover-period">{period.label}</p>
      <p className="cover-people">
        Mentee <strong>{pairing.mentee.name}</strong> with mentor{' '}
        <strong>{pairing.mentor.name}</strong>
      </p>
      <table className="facts">
        <tbody>
          <tr>
            <th scope="row">Program</th>
            <td>{pairing.programName}</td>
          </tr>
          <tr>
            <th scope="row">Cohort</th>
            <td>
              {pairing.cohortName} ({pairing.cohortCode})
            </td>
          </tr>
          {pairing.arrangement && (
            <tr>
              <th scope="row">Format</th>
              <td>{pairing.arrangement}</td>
            </tr>
          )}
          <tr>
            <th scope="row">Period</th>
            <td>{period.label}</td>
          </tr>
          <tr>
            <th scope="row">Pairing reference</th>
            <td>Pairing {pairing.id}</td>
          </tr>
        </tbody>
      </table>
      <Heading>Participants</Heading>
      <table>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Name</th>
            <th scope="col">Employee number</th>
            <th scope="col">Discipline</th>
            <th scope="col">Unit</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Mentee</th>
            {personCells(pairing.mentee)}
          </tr>
          <tr>
            <th scope="row">Mentor</th>
            {personCells(pairing.mentor)}
          </tr>
        </tbody>
      </table>
      <p className="cover-note">
        Figures describe the pairing as recorded in Tandem on {formatDay(doc.asOf, header.locale)}.
        Printed on {formatDay(header.printedOn, header.locale)}.
      </p>
      <AuditHead header={header} />
    </section>
  );
}
