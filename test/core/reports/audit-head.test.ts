import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseQuarter, type Quarter } from '../../../shared/periods';
import { buildCohortPacket, buildPacket } from '../../../electron/core/reports/packet';
import type { ReportOptions } from '../../../electron/core/reports/common';
import { CohortCover } from '../../../renderer/src/print/CohortPacketView';
import { PacketCover } from '../../../renderer/src/print/PacketCover';
import { facilityWithPairing, must } from './fixture';

const OPTIONS: ReportOptions = { today: '2026-10-15', locale: 'en-GB', paperSize: 'a4' };
const q = (text: string): Quarter => must(parseQuarter(text));

describe('the audit chain head on packets', () => {
  it('is the newest event of the trail, in the header and printed on the covers in full', () => {
    const f = facilityWithPairing();
    const head = f.ctx.db
      .prepare('SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1')
      .get() as { id: number; hash: string };
    expect(head.id).toBeGreaterThan(1);

    const doc = buildPacket(f.ctx.db, OPTIONS, f.pairing.id, q('2026-Q3'));
    expect(doc.header.auditHead).toEqual({ events: head.id, hash: head.hash });
    const cover = renderToStaticMarkup(createElement(PacketCover, { doc }));
    expect(cover).toContain(`Audit trail: ${head.id} events, chain head <code>${head.hash}</code>`);

    const cohort = buildCohortPacket(f.ctx.db, OPTIONS, f.cohort.id, q('2026-Q3'));
    const cohortCover = renderToStaticMarkup(createElement(CohortCover, { doc: cohort }));
    expect(cohortCover).toContain(head.hash);
  });
});
