import type { EvaluationResponse } from '../../../../shared/domain/evaluations';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ResponseForm } from './ResponseForm';
import { respondentWords } from './words';

interface CorrectionPanelProps {
  original: EvaluationResponse;
  onDone: (correction: EvaluationResponse) => void;
  onCancel: () => void;
}

/** The correction of one response, on the questions of the version it answered. */
export function CorrectionPanel({ original, onDone, onCancel }: CorrectionPanelProps) {
  const version = useApiQuery('evaluations.formVersion', { versionId: original.formVersionId });
  return (
    <div className="inline-panel correction-panel">
      <ErrorBanner error={version.error} onRetry={version.reload} />
      {version.data && (
        <ResponseForm
          version={version.data}
          respondentName={respondentWords(original.respondent)}
          mode={{ kind: 'correct', original }}
          onDone={onDone}
          onCancel={onCancel}
        />
      )}
    </div>
  );
}
