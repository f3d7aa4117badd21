import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type MethodName,
  type OutputOf,
  type ParsedInputOf,
} from '../../../shared/contract';
import { TandemError, type Problem, type Result } from '../../../shared/result';
import { checkAccess, syncSession } from '../accounts/session';
import type { AppContext } from '../context';

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  ctx: AppContext,
) => OutputOf<M> | Promise<OutputOf<M>>;

/** One handler per contract method; the type makes a missing one a compile error. */
export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one domain: every method whose name starts with `prefix.`. */
export type DomainHandlers<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>;
};

export type Router = (name: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The single entry point both IPC and HTTP call: unknown methods, callers whose session or role
 * does not allow the method (shared/contract/access.ts), and inputs that fail their schema are
 * refused before any handler runs, so they change nothing.
 */
export function createRouter(handlers: Handlers, ctx: AppContext): Router {
  return async (name, rawInput) => {
    if (!isMethodName(name)) {
      return fail('unknown_method', `There is no API method called "${name}".`);
    }
    const nul = findNul(rawInput);
    if (nul !== null) {
      const field = nul.join('.');
      const message = 'must not contain the NUL character (U+0000)';
      return fail('invalid_input', describeProblems(name, [{ field, message }]), {
        problems: [{ field, message }],
      });
    }
    try {
      // Who may call comes before what they sent: a caller without the right learns nothing of
      // the method's input rules.
      const refused = checkAccess(ctx, name);
      if (refused) return { ok: false, error: refused };
      const parsed = contract[name].input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const problems = zodProblems(parsed.error);
        return fail('invalid_input', describeProblems(name, problems), { problems });
      }
      const handler = handlers[name] as (input: unknown, ctx: AppContext) => unknown;
      const value = await handler(parsed.data, ctx);
      // Opening or creating another facility ends the session of the one before.
      syncSession(ctx);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof TandemError) return { ok: false, error: error.toApiError() };
      const message = error instanceof Error ? error.message : String(error);
      return fail('internal', `Something went wrong in ${name}: ${message}`);
    }
  };
}

/**
 * The path of the first string (or key) holding U+0000. SQLite and the files we write treat NUL
 * as the end of a string, so such input is refused here, once, for every method.
 */
function findNul(input: unknown): (string | number)[] | null {
  // A stack, not recursion: a deeply nested body must not overflow the call stack here.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) return [...path, key];
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return null;
}

export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

function describeProblems(name: string, problems: Problem[]): string {
  const first = problems[0];
  const where = first?.field ? `${first.field}: ` : '';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `Invalid input for ${name}: ${where}${first?.message ?? 'not valid'}${more}.`;
}

function fail(
  code: 'unknown_method' | 'invalid_input' | 'internal',
  message: string,
  details?: { problems: Problem[] },
): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}
