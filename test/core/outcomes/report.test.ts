import { describe, expect, it } from 'vitest';
import { printRequest } from '../../../shared/domain/printing';
import { demographicsInput } from '../../../shared/domain/outcomes';
import { buildDocument, documentFileName } from '../../../electron/core/printing/documents';
import { documentHtml } from '../../../electron/core/printing/html';
import { recordDemographics } from '../../../electron/core/outcomes/demographics';
import { addStaff } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

const OPTIONS = { today: '2026-11-23', locale: 'en-US', paperSize: 'letter' as const };

describe('the printable program outcomes report', () => {
  it('is built for a filter, names its scope, and prints groups under five as hidden', () => {
    const ctx = testDb();
    for (let i = 0; i < 7; i += 1) {
      const s = addStaff(ctx, `W${i}-Wen-Li${i}`);
      recordDemographics(
        ctx,
        demographicsInput.parse({
          staffId: s.id,
          gender: i < 6 ? 'Woman' : 'Man',
          consentRecordedOn: '2026-11-01',
        }),
      );
    }
    const doc = buildDocument(
      ctx.db,
      OPTIONS,
      printRequest.parse({ kind: 'outcomesReport', unit: 'Cardiology' }),
    );
    if (doc.kind !== 'outcomesReport') throw new Error('not an outcomes report');
    expect(doc.scope).toContain('Unit: Cardiology');
    expect(documentFileName(doc)).toBe('Outcomes report 2026-11-23');
    const html = documentHtml(doc);
    expect(html).toContain('Unit: Cardiology');
    expect(html).toContain('&lt;5 (hidden)');
    // Woman (6 active) is shown; Man (1) is hidden, and so the Woman cell in that column too
    // is hidden unless the total is: the total 7 is shown, so 6 must not be.
    const gender = doc.access.tables.find((t) => t.dimension === 'gender');
    expect(gender?.rows.every((r) => r.cells.activeStaff.suppressed)).toBe(true);
    expect(gender?.totals.activeStaff).toEqual({ suppressed: false, count: 7 });
  });

  it('refuses a malformed date in the request, naming the field', () => {
    const parsed = printRequest.safeParse({ kind: 'outcomesReport', from: '2026-13-01' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['from']);
  });
});
