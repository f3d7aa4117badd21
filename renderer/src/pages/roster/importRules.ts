import {
  ROSTER_FIELDS,
  type CodedField,
  type RosterMapping,
  type RosterPreview,
} from '../../../../shared/domain/roster';
import { plural } from '../../lib/format';

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
      `There ${problems === 1 ? 'is' : 'are'} ${plural(problems, 'problem', 'problems')} in the file. Fix ${problems === 1 ? 'it' : 'them'} in the file or change the mapping, then try again.`,
    );
  }
  const { summary } = preview;
  // Self-identified data recorded or removed is a change too, though no staff field changes.
  const selfChanges = summary.selfIdentified
    ? summary.selfIdentified.recorded + summary.selfIdentified.removed
    : 0;
  if (reasons.length === 0 && summary.new + summary.updated + selfChanges === 0) {
    reasons.push('Nothing to import: the file matches what is stored.');
  }
  return reasons;
}

export interface GuessedValue {
  field: CodedField;
  column: string;
  value: string;
  count: number;
  mappedTo: string;
}

/** Coded values Tandem read from a synonym ("Nurse" as Registered nurse): worth a look. */
export function guessedValues(preview: RosterPreview): GuessedValue[] {
  return preview.codedColumns.flatMap((coded) =>
    coded.values.flatMap((v) =>
      v.guessed && v.mappedTo !== null
        ? [
            {
              field: coded.field,
              column: coded.column,
              value: v.value,
              count: v.count,
              mappedTo: v.mappedTo,
            },
          ]
        : [],
    ),
  );
}
