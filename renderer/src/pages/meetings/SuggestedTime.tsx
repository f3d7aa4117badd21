import type { MeetingTimeSuggestion } from '../../../../shared/domain/meetings';

/** The suggested meeting time from both people's usual shifts, with the reason in words. */
export function SuggestedTime({ suggestion }: { suggestion: MeetingTimeSuggestion }) {
  return (
    <div className="suggested-time">
      <h3>Suggested meeting time</h3>
      <p>
        {suggestion.start ? (
          <strong>
            {suggestion.start}
            {suggestion.from && suggestion.to && ` (${suggestion.from}–${suggestion.to})`}
          </strong>
        ) : (
          <strong>No fixed time</strong>
        )}
      </p>
      <p className="small">{suggestion.reason}</p>
    </div>
  );
}
