import type { z } from 'zod';
import type { DueEvaluation, Question, responseInput } from '../../../shared/domain/evaluations';
import { todayOf, write, type WriteContext } from '../db/write';
import { questionsOf } from '../evaluations/answers';
import { dueEvaluations } from '../evaluations/due';
import { getFormVersion } from '../evaluations/form-rows';
import { submitResponseInTransaction } from '../evaluations/responses';
import { addDays } from '../../../shared/dates';
import { pick, seededRandom } from './random';
import { demoResidencyCohort } from './calendar';

type ResponseFields = z.output<typeof responseInput>;

const SEED = 7321;

const MENTEE_COMMENTS = [
  'Having someone to debrief with after a hard shift has made the biggest difference.',
  'We often end up meeting in the break room for ten minutes; a protected half hour would help.',
  'I would like more chances to practise IV starts with supervision.',
  'My preceptor explains the why, not just the how. I feel less lost on nights now.',
  'Scheduling is hard because we are rarely on the same shift.',
  'Feedback after each shift has helped me prioritise better.',
] as const;

const MENTOR_COMMENTS = [
  'Safe and organised with a four-patient assignment; next step is taking a fifth with support.',
  'Good clinical reasoning, still hesitant to call the physician. We are role-playing SBAR calls.',
  'Documentation is timely and accurate. Needs to delegate more to the CNA.',
  'Has grown a lot in confidence since the start of the quarter.',
  'Time management is the main focus: starts well but falls behind after 14:00 medications.',
  'Asks good questions and follows up on feedback without being reminded.',
] as const;

const EXIT_VALUABLE = [
  'The weekly check-ins. Knowing someone had my back.',
  'Simulation days and the debriefs afterwards.',
  'Learning how to speak up in huddles.',
] as const;

const EXIT_CHANGE = [
  'Pair mentors and mentees on the same shift pattern from the start.',
  'Give preceptors protected time for meetings.',
  'Fewer classroom days in the first month, more time on the unit.',
] as const;

/** One long comment, as mentees sometimes write on the back of a paper form. */
const LONG_COMMENT = [
  'This quarter was the hardest so far, and I want to be honest about it because I think it matters for the next group.',
  'In the first weeks I often felt that I was the last to know about changes on the unit: new protocols, which rooms were isolation, who was in charge.',
  'My preceptor noticed before I said anything and started a five-minute huddle with me at the start of every shift, which helped more than anything else.',
  'We went through my assignment together, she asked me what I would do first and why, and only then told me what she would do.',
  'A month later I was planning my own shift and only checking with her, and by the end of the quarter I took a full assignment on two shifts without her stepping in.',
  'What did not work well: our meetings were cancelled three times because the unit was short, and each time it took a week to find another slot.',
  'Night shifts were difficult, because there was nobody to ask when she was off, and I was not sure whom else I could call without seeming incompetent.',
  'It would help to have a named back-up preceptor for those weeks, and to know that asking is expected rather than a sign of weakness.',
  'I also want to say that the simulation session on deteriorating patients was excellent, and I used what I learned on a real patient two weeks later.',
  'Overall I feel much more confident than when I started, I am beginning to enjoy the work again, and I would like to stay on this unit after the residency.',
].join(' ');

const COMMENT_POOLS: Record<string, readonly string[]> = {
  most_valuable: EXIT_VALUABLE,
  change: EXIT_CHANGE,
};

/** Single-choice questions whose options go from best to worst, answered according to how it goes. */
const ORDERED = new Set(['readiness', 'staying']);

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));

function value(
  q: Question,
  random: () => number,
  tone: number,
  comment: () => string | null,
): number | string | string[] | null {
  const optional = !q.required;
  if (optional && q.kind !== 'text' && random() < 0.12) return null;
  switch (q.kind) {
    case 'likert5':
      return clamp(2.2 + tone * 2.6 + (random() - 0.5) * 1.6, 1, 5);
    case 'scale10':
      return clamp(4 + tone * 5.5 + (random() - 0.5) * 2.5, 0, 10);
    case 'yes_no':
      return random() < 0.55 + tone * 0.4 ? 1 : 0;
    case 'single_choice': {
      const options = q.options ?? [];
      if (!ORDERED.has(q.key)) return pick(random, options);
      const worst = options.length - 1;
      return options[clamp((1 - tone) * worst * 0.7 + (random() - 0.5), 0, worst)] ?? null;
    }
    case 'multiple_choice': {
      if (random() < 0.3) return null;
      const chosen = [pick(random, q.options ?? []), pick(random, q.options ?? [])];
      return [...new Set(chosen)];
    }
    case 'text':
      return comment();
  }
}

/** Whether a period stays unanswered: many still due, a few overdue, so the lists show both. */
function leftMissing(d: DueEvaluation, random: () => number, behind: boolean, latest: string) {
  if (behind && d.opensOn === latest) return true;
  return random() < (d.state === 'due' ? 0.4 : 0.06);
}

/**
 * The demo's evaluation responses: the residency's pairings answer what their plan has
 * asked so far (quarterly mentor and mentee evaluations, pulses, exit surveys), each a few days
 * after it opened, about a third typed in from paper with the date written on it; the mentee
 * forms are confidential. Some answers carry comments, one of them long. A few stay missing
 * (more of the ones still due), so the due and overdue lists have something to show.
 * Everything is measured from each pairing's start and today, whenever the demo is built.
 */
export function buildDemoEvaluations(ctx: WriteContext): void {
  const cohort = demoResidencyCohort(ctx.db);
  if (!cohort) return;
  const random = seededRandom(SEED);
  const today = todayOf(ctx);
  const open = dueEvaluations(ctx.db, today, { cohortId: cohort.id });
  if (open.length === 0) return;
  const pairingIds = [...new Set(open.map((d) => d.pairingId))].sort((a, b) => a - b);
  // How each pairing is going, 0 (struggling) to 1 (thriving); it grows a little each period.
  const tones = new Map(pairingIds.map((id) => [id, 0.35 + random() * 0.5]));
  const latestOpen = new Map<number, string>();
  for (const d of open)
    if ((latestOpen.get(d.pairingId) ?? '') < d.opensOn) latestOpen.set(d.pairingId, d.opensOn);
  let longCommentGiven = false;

  const responses: (ResponseFields & { day: string })[] = [];
  for (const d of open) {
    const index = pairingIds.indexOf(d.pairingId);
    const behind = index % 7 === 2; // the pairing that also falls behind on meetings
    if (leftMissing(d, random, behind, latestOpen.get(d.pairingId) ?? '')) continue;
    const tone = Math.min(1, (tones.get(d.pairingId) ?? 0.6) + 0.04);
    tones.set(d.pairingId, tone);
    const version = getFormVersion(ctx.db, d.formVersionId);
    const mentorForm = version.audience === 'mentor';
    const comment = (key: string) => () => {
      if (!longCommentGiven && version.purpose === 'quarterly' && !mentorForm) {
        longCommentGiven = true;
        return LONG_COMMENT;
      }
      if (random() > (key === 'comments' ? 0.4 : 0.7)) return null;
      return pick(random, COMMENT_POOLS[key] ?? (mentorForm ? MENTOR_COMMENTS : MENTEE_COMMENTS));
    };
    const answers = questionsOf(version).map((q) => ({
      key: q.key,
      value: value(q, random, tone, comment(q.key)),
    }));
    // A few days after it opened, and by its due day (or today, when still due).
    const last = d.dueOn < today ? d.dueOn : today;
    const offset = addDays(d.opensOn, Math.floor(random() * 10));
    const day = offset < last ? offset : last;
    const paper = random() < (mentorForm ? 0.5 : 0.3);
    responses.push({
      day,
      formVersionId: d.formVersionId,
      pairingId: d.pairingId,
      period: d.period,
      respondentStaffId: d.respondent?.staffId ?? null,
      answers,
      source: paper ? 'paper' : 'respondent',
      paperDate: paper ? day : null,
    });
  }
  if (responses.length === 0) return;
  write(ctx, (tx) => {
    for (const { day, ...input } of responses)
      // Answered on that day: the demo's history is entered now and dated then.
      submitResponseInTransaction(tx, { actor: ctx.actor.name, today: day }, input);
  });
}
