/** Certificates (landscape): a completed pairing, or a goal milestone achieved. */
import type { CertificateDocument } from '../../../shared/domain/printing';
import { TandemError } from '../../../shared/result';
import { getCohort } from '../cohorts/service';
import type { Db } from '../db/open';
import { getMilestone, getGoalView } from '../goals/rows';
import { getPairing } from '../pairings/rows';
import { documentHeader, notFound, type ReportOptions } from './common';

const EDUCATOR_SIGNATURE = [{ role: 'Educator', name: null }];

function refuse(field: string, id: number, message: string): never {
  throw new TandemError('rule_violation', `${field}: ${message}`, {
    problems: [{ field, value: String(id), message }],
  });
}

export function buildPairingCertificate(
  db: Db,
  options: ReportOptions,
  pairingId: number,
): CertificateDocument {
  let pairing;
  try {
    pairing = getPairing(db, pairingId);
  } catch (error) {
    if (error instanceof TandemError && error.code === 'not_found')
      throw notFound('pairingId', pairingId, 'pairing');
    throw error;
  }
  if (pairing.status !== 'completed' || pairing.startDate === null || pairing.endDate === null) {
    refuse(
      'pairingId',
      pairingId,
      `pairing ${pairingId} is not completed; a certificate of completion is printed once it is.`,
    );
  }
  const cohort = getCohort(db, pairing.cohortId);
  return {
    kind: 'certificate',
    header: documentHeader(db, options, 'Certificate of completion', true),
    heading: 'Certificate of completion',
    recipientName: pairing.mentee.displayName,
    statement: `has completed the ${cohort.programName} mentorship, mentored by ${pairing.mentor.displayName}.`,
    programName: cohort.programName,
    cohortName: `${cohort.name} (${cohort.code})`,
    dates: [
      { label: 'Started', day: pairing.startDate },
      { label: 'Completed', day: pairing.endDate },
    ],
    mentorName: pairing.mentor.displayName,
    signatures: [{ role: 'Mentor', name: pairing.mentor.displayName }, ...EDUCATOR_SIGNATURE],
  };
}

export function buildMilestoneCertificate(
  db: Db,
  options: ReportOptions,
  milestoneId: number,
): CertificateDocument {
  let milestone;
  try {
    milestone = getMilestone(db, milestoneId);
  } catch (error) {
    if (error instanceof TandemError && error.code === 'not_found')
      throw notFound('milestoneId', milestoneId, 'milestone');
    throw error;
  }
  if (milestone.achievedOn === null) {
    refuse(
      'milestoneId',
      milestoneId,
      `milestone ${milestoneId} is not achieved yet; its certificate is printed once it is.`,
    );
  }
  const goal = getGoalView(db, milestone.goalId, options.today);
  const pairing = getPairing(db, goal.pairingId);
  const cohort = getCohort(db, pairing.cohortId);
  return {
    kind: 'certificate',
    header: documentHeader(db, options, 'Certificate of achievement', true),
    heading: 'Certificate of achievement',
    recipientName: pairing.mentee.displayName,
    statement: `has achieved the milestone “${milestone.title}” of the goal “${goal.title}”.`,
    programName: cohort.programName,
    cohortName: `${cohort.name} (${cohort.code})`,
    dates: [{ label: 'Achieved', day: milestone.achievedOn }],
    mentorName: pairing.mentor.displayName,
    signatures: [{ role: 'Mentor', name: pairing.mentor.displayName }, ...EDUCATOR_SIGNATURE],
  };
}
