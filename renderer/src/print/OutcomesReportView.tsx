import type { Cell } from '../../../shared/domain/outcomes';
import type { OutcomesReportDocument } from '../../../shared/domain/printing';
import { formatDay, formatNumber } from './format';
import { Heading } from './Heading';

const pct = (v: number | null, locale: string) =>
  v === null ? '—' : `${formatNumber(v * 100, locale)}%`;
const cell = (c: Cell) => (c.suppressed ? '<5 (hidden)' : String(c.count));

function Table({ columns, rows }: { columns: string[]; rows: (string | number)[][] }) {
  return (
    <table>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c}>{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length}>None for this scope.</td>
          </tr>
        ) : (
          rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) => (
                <td key={j}>{v}</td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** The outcomes dashboard on paper: every measure as a table, groups under 5 hidden. */
export function OutcomesReportView({ doc }: { doc: OutcomesReportDocument }) {
  const locale = doc.header.locale;
  const { mentees, comparison } = doc.retention;
  const g = doc.engagement.goals;
  return (
    <article className="outcomes-report">
      <p>
        {doc.header.facilityName} · as of {formatDay(doc.today, locale)}
      </p>
      <p>{doc.scope}</p>

      <Heading>Retention</Heading>
      <p>
        Mentees n = {mentees.n} ({mentees.left} left); not mentored, hired in the same period, n ={' '}
        {comparison.n} ({comparison.left} left). {doc.retention.method}
      </p>
      <Table
        columns={[
          'Months',
          'Mentees still employed (95% CI)',
          'At risk',
          'Not mentored (95% CI)',
          'At risk',
        ]}
        rows={mentees.figures.map((m, i) => {
          const c = comparison.figures[i];
          return [
            m.months,
            `${pct(m.survival, locale)} (${pct(m.lower, locale)}–${pct(m.upper, locale)})`,
            m.atRisk,
            c
              ? `${pct(c.survival, locale)} (${pct(c.lower, locale)}–${pct(c.upper, locale)})`
              : '—',
            c?.atRisk ?? 0,
          ];
        })}
      />

      <Heading>Satisfaction</Heading>
      <Table
        columns={['Quarter', 'Program', 'Responses', 'Mean score (0–100)']}
        rows={doc.satisfaction.map((s) => [
          s.quarter,
          s.programName,
          s.responses,
          s.average === null ? 'not shown (fewer than 3)' : formatNumber(s.average, locale),
        ])}
      />

      <Heading>Engagement</Heading>
      <p>
        Meetings held {doc.engagement.held} of {doc.engagement.expected} expected (
        {doc.engagement.percent ?? '—'}%). Goals due {g.due}: {g.achievedOnTime} achieved on time,{' '}
        {g.achievedLate} late, {g.notAchieved} not achieved.
      </p>
      <Table
        columns={['Cohort', 'Program', 'Pairings', 'Expected', 'Held', 'Held (%)']}
        rows={doc.engagement.cohorts.map((c) => [
          c.cohortCode,
          c.programName,
          c.pairings,
          c.expected,
          c.held,
          c.percent ?? '—',
        ])}
      />

      <Heading>Skill development</Heading>
      <p>
        Median days from first sign-off to competent: {doc.skills.medianDaysToCompetent ?? '—'} (
        {doc.skills.reachedCompetent} reached, {doc.skills.notYet} not yet).
      </p>
      <Table
        columns={['Competency', 'People', 'Rose', 'Same', 'Fell', 'Median days to competent']}
        rows={doc.skills.competencies.map((c) => [
          c.competencyName,
          c.people,
          c.improved,
          c.same,
          c.lower,
          c.medianDaysToCompetent ?? '—',
        ])}
      />

      <Heading>Access</Heading>
      <p>
        Self-identified, with consent; groups of fewer than 5 people are hidden, and so is the next
        smallest where a total would reveal one.
      </p>
      {doc.access.tables.map((t) => (
        <section key={t.dimension}>
          <Heading level={3}>{t.label}</Heading>
          <Table
            columns={['Group', 'Mentees', 'Mentors', 'Active staff']}
            rows={[
              ...t.rows.map((r) => [
                r.group,
                cell(r.cells.mentees),
                cell(r.cells.mentors),
                cell(r.cells.activeStaff),
              ]),
              ['Total', cell(t.totals.mentees), cell(t.totals.mentors), cell(t.totals.activeStaff)],
            ]}
          />
        </section>
      ))}

      <Heading>Succession</Heading>
      <Table
        columns={['Unit', 'Role', 'Ready now', 'Ready in 1–2 years', 'Not yet ready']}
        rows={doc.succession.byUnitAndRole.map((u) => [
          u.unit,
          u.targetRole,
          u.readyNow,
          u.oneToTwoYears,
          u.notYet,
        ])}
      />
      <p>
        Units with nobody ready now:{' '}
        {doc.succession.unitsWithoutReadySuccessor.join(', ') || 'none'}.
      </p>
    </article>
  );
}
