import * as v from 'valibot';

/**
 * Lenient field schemas for untrusted site JSON: an optional field of the wrong type is dropped (becomes
 * undefined) instead of failing the whole record, so one odd field never hides a run.
 */
/** null (common in site JSON) and a missing field both become undefined. */
function nullable<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.fallback(
    v.pipe(
      v.nullish(schema),
      v.transform((value) => value ?? undefined),
    ),
    undefined,
  );
}

export const optionalNumber = nullable(v.pipe(v.number(), v.finite()));
export const optionalString = nullable(v.string());
export const optionalBoolean = nullable(v.boolean());

/** Activity and athlete ids arrive as JSON numbers or strings; both become decimal strings. */
export const siteId = v.pipe(
  v.union([v.pipe(v.number(), v.safeInteger(), v.minValue(1)), v.pipe(v.string(), v.regex(/^\d{1,20}$/))]),
  v.transform((id) => String(id)),
);

export const optionalSiteId = nullable(siteId);

/** Drops null/undefined and non-finite numbers, so optional Run fields stay absent rather than NaN or null. */
export function finiteOrUndefined(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Removes keys whose value is undefined, so objects compare cleanly and stay small in storage. */
export function withoutUndefined<T extends object>(value: T): T {
  const copy = { ...value };
  for (const key of Object.keys(copy) as (keyof T)[]) {
    if (copy[key] === undefined) delete copy[key];
  }
  return copy;
}
