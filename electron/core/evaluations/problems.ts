import { TandemError, type ErrorCode, type Problem } from '../../../shared/result';

/**
 * Collects every problem with one input, each naming its field, and refuses them together so
 * the form can mark every field at once; nothing is written when any is found.
 */
export class Problems {
  readonly list: (Problem & { field: string })[] = [];

  add(field: string, message: string, value?: unknown): void {
    this.list.push(
      value === undefined ? { field, message } : { field, message, value: show(value) },
    );
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  throwIfAny(what: string, code: ErrorCode = 'invalid_input'): void {
    const [first] = this.list;
    if (!first) return;
    const more = this.list.length > 1 ? ` (and ${this.list.length - 1} more)` : '';
    throw new TandemError(code, `${what}: ${first.field} ${first.message}${more}.`, {
      problems: this.list,
    });
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}
