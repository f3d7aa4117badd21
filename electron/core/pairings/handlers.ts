import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { previewWeights, suggestMentors } from '../matching/suggest';
import { loadBoard } from './board';
import { exportPairingsCsv } from './export';
import { extendPairing, transitionPairing } from './lifecycle';
import { optimiseCohort } from './optimise';
import { pairingWithTimeline, withTimelines } from './flags';
import {
  acceptAllowedProposals,
  acceptProposals,
  assignMentee,
  setLocked,
  unassign,
} from './proposals';
import { listPairings } from './rows';
import { addCircleMentor, circleDetail, listCircles } from './circles';
import { todayOf } from '../db/write';

export const pairingHandlers: DomainHandlers<'pairings'> = {
  'pairings.board': ({ cohortId }, ctx) => loadBoard(requireDb(ctx).db, cohortId, todayOf(ctx)),
  'pairings.list': ({ cohortId }, ctx) =>
    listPairings(requireDb(ctx).db, 'p.cohort_id = ?', cohortId),
  'pairings.get': ({ id }, ctx) => pairingWithTimeline(requireDb(ctx).db, id, todayOf(ctx)),
  'pairings.forStaff': ({ staffId }, ctx) => {
    const { db } = requireDb(ctx);
    const pairings = listPairings(db, 'e1.staff_id = ? OR e2.staff_id = ?', staffId, staffId);
    return withTimelines(db, pairings, todayOf(ctx));
  },
  'pairings.assign': (input, ctx) => assignMentee(requireDb(ctx), input),
  'pairings.unassign': ({ id }, ctx) => unassign(requireDb(ctx), id),
  'pairings.lock': ({ id, locked }, ctx) => setLocked(requireDb(ctx), id, locked),
  'pairings.optimise': ({ cohortId, objective }, ctx) =>
    optimiseCohort(requireDb(ctx), cohortId, objective),
  'pairings.accept': ({ ids }, ctx) => acceptProposals(requireDb(ctx), ids),
  'pairings.acceptAll': ({ ids }, ctx) => acceptAllowedProposals(requireDb(ctx), ids),
  'pairings.transition': ({ id, to, reason, note, endDate, on }, ctx) =>
    transitionPairing(requireDb(ctx), { pairingId: id, to, reason, note, endDate, on }),
  'pairings.extend': ({ id, endDate }, ctx) => extendPairing(requireDb(ctx), id, endDate),
  'pairings.exportCsv': ({ cohortId }, ctx) => exportPairingsCsv(requireDb(ctx).db, cohortId),
  'pairings.circles': ({ cohortId }, ctx) => listCircles(requireDb(ctx).db, cohortId),
  'pairings.circle': ({ id }, ctx) => circleDetail(requireDb(ctx).db, id, todayOf(ctx)),
  'pairings.addCircleMentor': ({ circleId, mentorEnrolmentId }, ctx) =>
    addCircleMentor(requireDb(ctx), circleId, mentorEnrolmentId),
};

export const matchingHandlers: DomainHandlers<'matching'> = {
  'matching.suggest': ({ cohortId, menteeEnrolmentId }, ctx) =>
    suggestMentors(requireDb(ctx).db, cohortId, menteeEnrolmentId, todayOf(ctx)),
  'matching.previewWeights': ({ cohortId, weights }, ctx) =>
    previewWeights(requireDb(ctx).db, cohortId, weights, todayOf(ctx)),
};
