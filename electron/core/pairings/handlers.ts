import type { PairingWithTimeline } from '../../../shared/domain/pairings';
import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import type { Db } from '../db/open';
import { previewWeights, suggestMentors } from '../matching/suggest';
import { loadBoard } from './board';
import { exportPairingsCsv } from './export';
import { extendPairing, transitionPairing } from './lifecycle';
import { optimiseCohort } from './optimise';
import { acceptProposals, assignMentee, setLocked, unassign } from './proposals';
import { getPairing, listPairings, timeline } from './rows';
import { todayOf } from '../db/write';

function withTimeline(db: Db, id: number): PairingWithTimeline {
  return { ...getPairing(db, id), timeline: timeline(db, id) };
}

export const pairingHandlers: DomainHandlers<'pairings'> = {
  'pairings.board': ({ cohortId }, ctx) => loadBoard(requireDb(ctx).db, cohortId, todayOf(ctx)),
  'pairings.list': ({ cohortId }, ctx) =>
    listPairings(requireDb(ctx).db, 'p.cohort_id = ?', cohortId),
  'pairings.get': ({ id }, ctx) => withTimeline(requireDb(ctx).db, id),
  'pairings.forStaff': ({ staffId }, ctx) => {
    const { db } = requireDb(ctx);
    return listPairings(db, 'e1.staff_id = ? OR e2.staff_id = ?', staffId, staffId).map((p) => ({
      ...p,
      timeline: timeline(db, p.id),
    }));
  },
  'pairings.assign': (input, ctx) => assignMentee(requireDb(ctx), input),
  'pairings.unassign': ({ id }, ctx) => unassign(requireDb(ctx), id),
  'pairings.lock': ({ id, locked }, ctx) => setLocked(requireDb(ctx), id, locked),
  'pairings.optimise': ({ cohortId, objective }, ctx) =>
    optimiseCohort(requireDb(ctx), cohortId, objective),
  'pairings.accept': ({ ids }, ctx) => acceptProposals(requireDb(ctx), ids),
  'pairings.transition': ({ id, to, reason, note, endDate, on }, ctx) =>
    transitionPairing(requireDb(ctx), { pairingId: id, to, reason, note, endDate, on }),
  'pairings.extend': ({ id, endDate }, ctx) => extendPairing(requireDb(ctx), id, endDate),
  'pairings.exportCsv': ({ cohortId }, ctx) => exportPairingsCsv(requireDb(ctx).db, cohortId),
};

export const matchingHandlers: DomainHandlers<'matching'> = {
  'matching.suggest': ({ cohortId, menteeEnrolmentId }, ctx) =>
    suggestMentors(requireDb(ctx).db, cohortId, menteeEnrolmentId, todayOf(ctx)),
  'matching.previewWeights': ({ cohortId, weights }, ctx) =>
    previewWeights(requireDb(ctx).db, cohortId, weights, todayOf(ctx)),
};
