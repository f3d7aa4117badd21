import type { FormVersion } from '../../../../shared/domain/evaluations';
import { plural } from '../../lib/format';

/** "Version 1 · frozen: 14 responses" or "Version 2 · not used yet, can still change". */
export function versionState(v: Pick<FormVersion, 'version' | 'frozen' | 'responseCount'>): string {
  return v.frozen
    ? `Version ${v.version} · frozen: ${plural(v.responseCount, 'response', 'responses')}`
    : `Version ${v.version} · not used yet, can still change`;
}
