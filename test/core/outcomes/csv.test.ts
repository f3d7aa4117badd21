import { describe, expect, it } from 'vitest';
import { csvField, fileSlug, toCsv } from '../../../renderer/src/pages/outcomes/csvText';

describe("a chart table's CSV", () => {
  it('starts with a BOM, ends lines with CRLF and quotes commas, quotes and line breaks', () => {
    const text = toCsv({
      columns: ['Group', 'Count'],
      rows: [
        ['Ruiz, Ana', 5],
        ['Say "hi"', 6],
        ['two\nlines', 7],
        ['Zoë 李', 8],
      ],
    });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe(
      'Group,Count\r\n"Ruiz, Ana",5\r\n"Say ""hi""",6\r\n"two\nlines",7\r\nZoë 李,8\r\n',
    );
  });

  it('escapes cells a spreadsheet would run as a formula, but keeps negative numbers', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('=a,b')).toBe(`"'=a,b"`);
  });

  it('names the file after the chart title', () => {
    expect(fileSlug('Retention: staff still employed, mentees vs not mentored')).toBe(
      'retention-staff-still-employed-mentees-vs-not-mentored',
    );
  });
});
