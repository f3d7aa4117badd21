import {
  ROSTER_FIELDS,
  type RosterMapping,
  type RosterPreview,
} from '../../../../shared/domain/roster';
import { formatCount } from '../../lib/format';

/** Required fields no column is mapped to. */
export function unmappedRequired(mapping: RosterMapping) {
  const mapped = new Set(Object.values(mapping.columns));
  return ROSTER_FIELDS.filter((f) => f.required && !mapped.has(f.key));
}

/** Why the Import button is disabled, in words; empty when it may be pressed. */
export function blockers(
  preview: RosterPreview,
  mapping: RosterMapping,
  updating: boolean,
): string[] {
  const reasons: string[] = [];
  if (updating) reasons.push('The preview is being updated for the new mapping.');
  for (const field of unmappedRequired(mapping)) {
    reasons.push(`No column is mapped to “${field.label}”, which every row needs.`);
  }
  const problems = Math.max(preview.problemCount, preview.problems.length);
  if (problems > 0) {
    reasons.push(
      `There ${problems === 1 ? 'is 1 problem' : `are ${formatCount(problems)} problems`} in the file. Fix ${problems === 1 ? 'it' : 'them'} in the file or change the mapping, then try again.`,
    );
  }
  const { summary } = preview;
  if (reasons.length === 0 && summary.new + summary.updated === 0) {
    reasons.push('Nothing to import: every row matches what is already stored.');
  }
  return reasons;
}
