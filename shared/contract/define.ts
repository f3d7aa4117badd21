import type { z } from 'zod';

/**
 * One API method: its input schema (checked at the boundary by every router) and its output
 * type (a phantom: it exists only for the type checker).
 */
export interface MethodSpec<I extends z.ZodType, O> {
  readonly input: I;
  readonly output?: O;
}

/** `method(schema).returns<Output>()` declares one method of the contract. */
export function method<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): MethodSpec<I, O> {
      return { input };
    },
  };
}
