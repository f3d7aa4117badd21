import { EXPECTED_STATE_LABELS, type ExpectedState } from '../../../../shared/domain/meetings';
import { STATE_TONE } from './words';
import '../../styles/blocks.css';

/** An expected meeting's state as a word with a subtle colour: never colour alone. */
export function ExpectedStateBadge({ state }: { state: ExpectedState }) {
  return <span className={`badge badge-${STATE_TONE[state]}`}>{EXPECTED_STATE_LABELS[state]}</span>;
}
