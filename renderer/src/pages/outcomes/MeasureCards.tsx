import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { Engagement, SatisfactionCell, Skills } from '../../../../shared/domain/outcomes';
import { formatCount } from '../../lib/format';
import { ChartCard } from './ChartCard';

const COLOURS = ['#1f5fa8', '#b35900', '#2e7d32', '#6a1b9a', '#00838f'];

/** Mean evaluation score per quarter, one bar per program; fewer than 3 responses shows no bar. */
export function SatisfactionCard({ cells }: { cells: SatisfactionCell[] }) {
  const programs = [...new Set(cells.map((c) => c.programName))];
  const quarters = [...new Set(cells.map((c) => c.quarter))].sort();
  const data = quarters.map((q) => ({
    quarter: q,
    ...Object.fromEntries(
      cells
        .filter((c) => c.quarter === q && c.average !== null)
        .map((c) => [c.programName, c.average]),
    ),
  }));
  const responses = cells.reduce((n, c) => n + c.responses, 0);
  return (
    <ChartCard
      title="Satisfaction: mean evaluation score per program and quarter"
      n={`n = ${formatCount(responses)} responses`}
      summary={`Bar chart of mean scores (0–100) in ${quarters.length} quarters for ${programs.length} programs; no bar where fewer than 3 responses.`}
      table={{
        columns: ['Quarter', 'Program', 'Responses', 'Mean score (0–100)'],
        rows: cells.map((c) => [
          c.quarter,
          c.programName,
          c.responses,
          c.average ?? 'not shown (fewer than 3)',
        ]),
      }}
      chart={
        <BarChart
          width={620}
          height={280}
          data={data}
          margin={{ top: 10, right: 24, bottom: 24, left: 12 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e6eaee" />
          <XAxis
            dataKey="quarter"
            label={{ value: 'Quarter answered', position: 'insideBottom', offset: -12 }}
          />
          <YAxis
            domain={[0, 100]}
            label={{ value: 'Mean score (0–100)', angle: -90, position: 'insideLeft' }}
          />
          <Legend verticalAlign="top" />
          {programs.map((p, i) => (
            <Bar key={p} dataKey={p} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      }
      note="Averages of fewer than 3 responses are never shown, so no one respondent can be singled out."
    />
  );
}

export function EngagementCard({ engagement }: { engagement: Engagement }) {
  const g = engagement.goals;
  return (
    <>
      <ChartCard
        title="Engagement: meetings held vs expected per cohort"
        n={`n = ${formatCount(engagement.expected)} expected meetings, ${formatCount(engagement.held)} held (${engagement.percent ?? '—'}%)`}
        summary={`Bar chart of expected and held meetings for ${engagement.cohorts.length} cohorts.`}
        table={{
          columns: ['Cohort', 'Program', 'Pairings', 'Expected meetings', 'Held', 'Held (%)'],
          rows: engagement.cohorts.map((c) => [
            c.cohortCode,
            c.programName,
            c.pairings,
            c.expected,
            c.held,
            c.percent ?? '—',
          ]),
        }}
        chart={
          <BarChart
            width={620}
            height={280}
            data={engagement.cohorts}
            margin={{ top: 10, right: 24, bottom: 24, left: 12 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e6eaee" />
            <XAxis
              dataKey="cohortCode"
              label={{ value: 'Cohort', position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              allowDecimals={false}
              label={{ value: 'Meetings (count)', angle: -90, position: 'insideLeft' }}
            />
            <Legend verticalAlign="top" />
            <Bar dataKey="expected" name="Expected" fill="#9fb7d4" isAnimationActive={false} />
            <Bar dataKey="held" name="Held" fill="#1f5fa8" isAnimationActive={false} />
          </BarChart>
        }
      />
      <ChartCard
        title="Engagement: goals achieved by their due date"
        n={`n = ${formatCount(g.due)} goals due`}
        summary="Table of goals due and how many were achieved on time, late or not."
        table={{
          columns: ['Goals due', 'Achieved on time', 'Achieved late', 'Not achieved'],
          rows: [[g.due, g.achievedOnTime, g.achievedLate, g.notAchieved]],
        }}
      />
    </>
  );
}

export function SkillsCard({ skills }: { skills: Skills }) {
  const people = skills.competencies.reduce((n, c) => n + c.people, 0);
  return (
    <ChartCard
      title="Skill development: mentees' competency level changes"
      n={`n = ${formatCount(people)} person-competencies; median ${skills.medianDaysToCompetent ?? '—'} days to competent (${formatCount(skills.reachedCompetent)} reached, ${formatCount(skills.notYet)} not yet)`}
      summary={`Stacked bars per competency of mentees whose level rose, stayed or fell from first to latest sign-off.`}
      table={{
        columns: [
          'Competency',
          'People',
          'Rose',
          'Same',
          'Fell',
          'Mean change (levels)',
          'Median days to competent',
        ],
        rows: skills.competencies.map((c) => [
          c.competencyName,
          c.people,
          c.improved,
          c.same,
          c.lower,
          c.meanChange ?? '—',
          c.medianDaysToCompetent ?? '—',
        ]),
      }}
      chart={
        <BarChart
          width={620}
          height={300}
          data={skills.competencies}
          layout="vertical"
          margin={{ top: 10, right: 24, bottom: 24, left: 40 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e6eaee" />
          <XAxis
            type="number"
            allowDecimals={false}
            label={{ value: 'Mentees (count)', position: 'insideBottom', offset: -12 }}
          />
          <YAxis type="category" dataKey="competencyName" width={150} />
          <Legend verticalAlign="top" />
          <Bar
            dataKey="improved"
            name="Rose"
            stackId="a"
            fill="#2e7d32"
            isAnimationActive={false}
          />
          <Bar dataKey="same" name="Same" stackId="a" fill="#9e9e9e" isAnimationActive={false} />
          <Bar dataKey="lower" name="Fell" stackId="a" fill="#b35900" isAnimationActive={false} />
        </BarChart>
      }
    />
  );
}
