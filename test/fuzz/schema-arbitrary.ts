import fc, { type Arbitrary } from 'fast-check';
import type { z } from 'zod';

/**
 * Inputs for one API method: mostly the shape its schema expects (so calls reach the services),
 * with nasty values mixed in at every level (wrong types, huge and negative numbers, long strings,
 * NUL, nested junk, ids that do not exist), and sometimes pure junk instead of the whole input.
 */

/** Values no schema should accept where it expects something else. */
export const nasty: Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    0,
    -1,
    -2_147_483_649,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    0.5,
    999_999,
    '',
    ' ',
    'a\u0000b',
    '\u0000',
    '💥',
    '../../etc/passwd',
    "'; DROP TABLE staff; --",
    '2026-02-30',
    '9999-99-99',
    '__proto__',
    [],
    {},
    { __proto__: { polluted: true } },
  ),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
);

/** Ids of rows that exist in the small facility (1–6) and ones that do not. */
const someId = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 999_999, 2 ** 31, Number.MAX_SAFE_INTEGER) },
);

const plausibleString = fc.oneof(
  fc.constantFrom(
    '2026-11-01',
    '2026-11-23',
    '2026-12-31',
    '2027-01-15',
    '2026-Q4',
    '2027-Q1',
    'Cardiology',
    'rn',
    'active',
    'Ana',
    'E-1',
    'RES-2026',
    '10',
    'letter',
  ),
  fc.string({ maxLength: 12 }),
);

/**
 * Fields that name files or folders get only values from here: a random relative path would
 * create files in the working tree.
 */
const keyOverrides = new Map<string, Arbitrary<unknown>>();
export function overrideKey(key: string, arbitrary: Arbitrary<unknown>): void {
  keyOverrides.set(key, arbitrary);
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function shaped(schema: z.ZodType, key: string, depth: number): Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const fields: Record<string, Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(shape)) {
        fields[k] = keyOverrides.get(k) ?? arbitraryFor(v, k, depth + 1);
      }
      return fc.record(fields, { requiredKeys: [] });
    }
    case 'array':
      return def.element
        ? fc.array(arbitraryFor(def.element, key, depth + 1), { maxLength: 4 })
        : fc.array(nasty);
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((i) => arbitraryFor(i, key, depth + 1)));
    case 'record':
      return fc.dictionary(
        fc.string({ maxLength: 8 }),
        def.valueType ? arbitraryFor(def.valueType, key, depth + 1) : nasty,
        { maxKeys: 3 },
      );
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, key, depth)));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return def.innerType ? arbitraryFor(def.innerType, key, depth) : nasty;
    case 'pipe':
      return def.in ? arbitraryFor(def.in, key, depth) : nasty;
    case 'lazy':
      return def.getter && depth < 4 ? arbitraryFor(def.getter(), key, depth + 1) : nasty;
    case 'number':
    case 'int':
      return /id$/i.test(key) || /Ids?$/.test(key)
        ? someId
        : fc.oneof(fc.integer({ min: -3, max: 120 }), fc.double({ min: -10, max: 1e6 }));
    case 'string':
      return plausibleString;
    case 'boolean':
      return fc.boolean();
    default:
      return nasty;
  }
}

export function arbitraryFor(schema: z.ZodType, key = '', depth = 0): Arbitrary<unknown> {
  if (depth > 6) return nasty;
  return fc.oneof(
    { weight: 5, arbitrary: shaped(schema, key, depth) },
    { weight: 1, arbitrary: nasty },
  );
}
