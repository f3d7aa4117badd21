/** A chosen roster file, read as bytes and carried as base64 (how the contract takes it). */
export interface RosterUpload {
  fileName: string;
  size: number;
  contentBase64: string;
}

export interface ReadHandle {
  promise: Promise<RosterUpload>;
  cancel: () => void;
}

/**
 * Reads a file without blocking the window (the browser does the work off the main thread)
 * and reports progress as a fraction.
 */
export function readAsBase64(file: File, onProgress: (fraction: number) => void): ReadHandle {
  const reader = new FileReader();
  const promise = new Promise<RosterUpload>((resolve, reject) => {
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () =>
      reject(new Error(`Could not read ${file.name}: ${reader.error?.message ?? 'unknown error'}`));
    reader.onabort = () => reject(new DOMException('Reading was cancelled', 'AbortError'));
    reader.onload = () => {
      const url = String(reader.result);
      const comma = url.indexOf(',');
      resolve({
        fileName: file.name,
        size: file.size,
        contentBase64: comma === -1 ? '' : url.slice(comma + 1),
      });
    };
    reader.readAsDataURL(file);
  });
  return { promise, cancel: () => reader.abort() };
}

export const ACCEPTED_TYPES =
  '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
