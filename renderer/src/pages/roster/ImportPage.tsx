import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { Progress } from '../../components/Progress';
import { Steps } from '../../components/Steps';
import { ChooseFileStep } from './ChooseFileStep';
import { blockers } from './importRules';
import { MappingStep } from './MappingStep';
import { DoneStep, ReviewStep } from './ReviewStep';
import { IMPORT_STEPS, useRosterImport } from './useRosterImport';

const CHOOSE_FORM = 'roster-choose-file';
const BLOCKERS_ID = 'import-blockers';

/** The roster import wizard: choose a file, map its columns, review, import. */
export function ImportPage() {
  const wizard = useRosterImport();
  const saved = useApiQuery('roster.mappings.list', {});
  const [file, setFile] = useState<File | null>(null);
  const [savedId, setSavedId] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();
  const { step, preview, mapping, work } = wizard;
  const reasons = preview && mapping ? blockers(preview, mapping, wizard.updating) : [];

  /** Back to step 1 with nothing chosen (the file input is empty again too). */
  const restart = () => {
    setFile(null);
    wizard.reset();
  };

  const start = () => {
    if (!file) {
      setFileError('Choose the roster file to import first.');
      return;
    }
    setFileError(undefined);
    const chosen = saved.data?.find((m) => String(m.id) === savedId);
    void wizard.start(file, chosen?.mapping);
  };

  const action =
    step === 0 ? (
      <button type="submit" form={CHOOSE_FORM} className="button button-primary" disabled={!!work}>
        Read file
      </button>
    ) : step === 1 ? (
      <button type="button" className="button button-primary" onClick={() => wizard.setStep(2)}>
        Review import
      </button>
    ) : step === 2 ? (
      <button
        type="button"
        className="button button-primary"
        disabled={reasons.length > 0 || !!work}
        aria-describedby={reasons.length > 0 ? BLOCKERS_ID : undefined}
        onClick={() => void wizard.commit()}
      >
        Import
      </button>
    ) : (
      <Link className="button button-primary" to="/people">
        View people
      </Link>
    );

  return (
    <div className="page">
      <PageHeader
        title="Import roster"
        subtitle="Bring staff in from your HR roster export. Nothing is stored until you press Import."
        action={action}
      />
      <Steps steps={IMPORT_STEPS} current={step} />
      {work && (
        <Progress
          label={work.label}
          value={work.fraction}
          action={
            work.cancellable && (
              <button type="button" className="button" onClick={wizard.cancel}>
                Cancel
              </button>
            )
          }
        />
      )}
      <ErrorBanner error={wizard.error} />
      <Notice>{wizard.notice}</Notice>
      {step === 0 && (
        <ChooseFileStep
          formId={CHOOSE_FORM}
          file={file}
          onFile={(f) => {
            setFile(f);
            setFileError(undefined);
          }}
          fileError={fileError}
          saved={saved.data ?? []}
          savedId={savedId}
          onSavedId={setSavedId}
          onSubmit={start}
          busy={!!work}
        />
      )}
      {step === 1 && preview && mapping && (
        <MappingStep
          preview={preview}
          mapping={mapping}
          updating={wizard.updating}
          onChange={(next) => void wizard.remap(next)}
          onBack={restart}
          onSaved={saved.reload}
        />
      )}
      {step === 2 && preview && mapping && (
        <ReviewStep
          preview={preview}
          mapping={mapping}
          reasons={reasons}
          reasonsId={BLOCKERS_ID}
          commitError={wizard.commitError}
          busy={!!work}
          onBack={() => wizard.setStep(1)}
        />
      )}
      {step === 3 && wizard.result && <DoneStep result={wizard.result} onAnother={restart} />}
    </div>
  );
}
