import type { PathErrors } from '../goals/useAction';

/** The message for a path, or for anything inside it (`options.2` shows on the options box). */
export function errorAt(errors: PathErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const inside = Object.keys(errors).find((p) => p.startsWith(`${path}.`));
  return inside ? errors[inside] : undefined;
}

/**
 * The service words problems to follow a field's name ("is required", "must be…"); beside the
 * field itself they read better with a subject: "This answer is required".
 */
export function says(subject: string, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return /^(is|are|must|has|needs|lists|only|does)\b/.test(message)
    ? `${subject} ${message}`
    : message;
}

/** Beside its question, a message need not quote the question again: `is required ("…")`. */
export function withoutQuestion(message: string | undefined): string | undefined {
  return message?.replace(/\s*\("[^"]*"\)$/, '');
}
