import { useCallback, useRef, useState } from 'react';
import type { RosterMapping, RosterPreview, RosterSummary } from '../../../../shared/domain/roster';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { formatBytes, formatCount } from '../../lib/format';
import { readAsBase64, type RosterUpload } from './readFile';

export type ImportStep = 0 | 1 | 2 | 3;
export const IMPORT_STEPS = ['Choose file', 'Map columns', 'Review', 'Done'] as const;

/** Long work under way: what it is, how far (when known), and whether it can be cancelled. */
export interface ImportWork {
  label: string;
  fraction?: number;
  cancellable: boolean;
}

/**
 * The import wizard's state and calls. Every answer is checked against a generation number,
 * so a cancelled or superseded call can never overwrite what the educator sees now.
 */
export function useRosterImport() {
  const [step, setStep] = useState<ImportStep>(0);
  const [upload, setUpload] = useState<RosterUpload | null>(null);
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [mapping, setMapping] = useState<RosterMapping | null>(null);
  const [work, setWork] = useState<ImportWork | null>(null);
  const [updating, setUpdating] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [commitError, setCommitError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<RosterSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const generation = useRef(0);
  const cancelRead = useRef<(() => void) | null>(null);

  /** Step 1 → 2: read the file, then preview it with a saved mapping or a suggested one. */
  const start = useCallback(async (file: File, saved?: RosterMapping) => {
    const gen = ++generation.current;
    setError(null);
    setCommitError(null);
    setNotice(null);
    setWork({
      label: `Reading ${file.name} (${formatBytes(file.size)})…`,
      fraction: 0,
      cancellable: true,
    });
    const handle = readAsBase64(file, (fraction) => {
      if (gen === generation.current) setWork((w) => (w ? { ...w, fraction } : w));
    });
    cancelRead.current = handle.cancel;
    let read: RosterUpload;
    try {
      read = await handle.promise;
    } catch (e) {
      if (gen !== generation.current) return;
      setWork(null);
      if (!(e instanceof DOMException && e.name === 'AbortError')) {
        setError({ code: 'internal', message: e instanceof Error ? e.message : String(e) });
      }
      return;
    } finally {
      cancelRead.current = null;
    }
    if (gen !== generation.current) return;
    setWork({ label: `Checking the rows of ${file.name}…`, cancellable: true });
    const answer = await api.call('roster.preview', {
      fileName: read.fileName,
      contentBase64: read.contentBase64,
      ...(saved ? { mapping: saved } : {}),
    });
    if (gen !== generation.current) return;
    setWork(null);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setUpload(read);
    setPreview(answer.value);
    setMapping(answer.value.mapping);
    setStep(1);
  }, []);

  /** Any change to the mapping re-runs the preview; the newest answer wins. */
  const remap = useCallback(
    async (next: RosterMapping) => {
      if (!upload) return;
      const gen = ++generation.current;
      setMapping(next);
      setUpdating(true);
      setError(null);
      setCommitError(null);
      const answer = await api.call('roster.preview', {
        fileName: upload.fileName,
        contentBase64: upload.contentBase64,
        mapping: next,
      });
      if (gen !== generation.current) return;
      setUpdating(false);
      if (answer.ok) {
        setPreview(answer.value);
        setMapping(answer.value.mapping);
      } else {
        setError(answer.error);
      }
    },
    [upload],
  );

  /** Step 3 → 4: store the rows. Not cancellable: the back end applies all of it or none. */
  const commit = useCallback(async () => {
    if (!upload || !mapping || !preview) return;
    const gen = ++generation.current;
    setCommitError(null);
    setWork({
      label: `Importing ${formatCount(preview.file.rowCount)} rows… keep Tandem open.`,
      cancellable: false,
    });
    const answer = await api.call('roster.commit', {
      fileName: upload.fileName,
      contentBase64: upload.contentBase64,
      mapping,
    });
    if (gen !== generation.current) return;
    setWork(null);
    if (answer.ok) {
      setResult(answer.value);
      setStep(3);
    } else {
      setCommitError(answer.error);
    }
  }, [upload, mapping, preview]);

  /** Stop waiting for a read or a preview; nothing has been stored yet. */
  const cancel = useCallback(() => {
    generation.current++;
    cancelRead.current?.();
    setWork(null);
    setUpdating(false);
    setNotice('Stopped. Nothing was stored.');
  }, []);

  const reset = useCallback(() => {
    generation.current++;
    setStep(0);
    setUpload(null);
    setPreview(null);
    setMapping(null);
    setWork(null);
    setUpdating(false);
    setError(null);
    setCommitError(null);
    setResult(null);
    setNotice(null);
  }, []);

  return {
    step,
    setStep,
    upload,
    preview,
    mapping,
    work,
    updating,
    error,
    commitError,
    result,
    notice,
    start,
    remap,
    commit,
    cancel,
    reset,
  };
}

export type RosterImport = ReturnType<typeof useRosterImport>;
