import type { Db } from '../db/open';
import { GENESIS_HASH, eventHash } from './chain';
import { iterateAuditRows, rowToContent } from './trail';

export type VerifyResult =
  | { intact: true; events: number; headHash: string }
  | { intact: false; events: number; firstBadId: number; reason: string };

/**
 * Recomputes the chain from the first event. An altered row no longer matches its hash, a
 * removed row breaks the next row's link (and leaves a gap in the ids), and a row inserted out
 * of chain does not link to its predecessor.
 */
export function verifyAuditTrail(db: Db): VerifyResult {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let events = 0;
  for (const row of iterateAuditRows(db)) {
    events += 1;
    if (row.id !== expectedId) {
      return bad(
        row.id,
        events,
        `event ${row.id} follows event ${expectedId - 1}: event ${expectedId} is missing`,
      );
    }
    if (row.prev_hash !== prevHash) {
      return bad(
        row.id,
        events,
        `event ${row.id} does not link to the event before it (inserted or reordered)`,
      );
    }
    if (eventHash(prevHash, rowToContent(row)) !== row.hash) {
      return bad(
        row.id,
        events,
        `event ${row.id} was altered: its content no longer matches its hash`,
      );
    }
    prevHash = row.hash;
    expectedId += 1;
  }
  return { intact: true, events, headHash: prevHash };
}

function bad(firstBadId: number, events: number, reason: string): VerifyResult {
  return { intact: false, events, firstBadId, reason };
}
