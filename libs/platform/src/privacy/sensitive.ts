// Sensitive fields (welfare status, work disability, origin, ...) must never reach employers, the search
// index, job payloads or logs. The registry lives in the platform, not in identity, because the platform's
// logging module builds the pino redaction list from it and the platform cannot import other contexts.

/** Field names that are sensitive wherever they appear, declared or not (a safety net for logs). */
export const ALWAYS_SENSITIVE_FIELDS: readonly string[] = [
  'welfareStatus',
  'workDisability',
  'origin',
  'nationality',
  'countryOfBirth',
];

const declaredByClass = new WeakMap<object, Set<string>>();
const declaredNames = new Set<string>(ALWAYS_SENSITIVE_FIELDS);

/**
 * Marks a DTO or entity property as sensitive: `stripSensitive` drops it and the logs redact its name.
 * Declare it on every class that carries the field (the registry works per class and per name).
 */
export function Sensitive(): PropertyDecorator {
  return (target, property) => {
    if (typeof property !== 'string') return;
    const fields = declaredByClass.get(target) ?? new Set<string>();
    fields.add(property);
    declaredByClass.set(target, fields);
    declaredNames.add(property);
  };
}

/** The sensitive properties of a class instance, including those declared on its parent classes. */
export function sensitiveFieldsOf(value: object): Set<string> {
  const fields = new Set<string>();
  for (let proto = Object.getPrototypeOf(value) as object | null; proto; proto = Object.getPrototypeOf(proto)) {
    for (const field of declaredByClass.get(proto) ?? []) fields.add(field);
  }
  return fields;
}

/** Every field name declared sensitive so far, plus the always-sensitive ones: the log redaction list. */
export function sensitiveFieldNames(): string[] {
  return [...declaredNames].sort();
}

/**
 * A copy without the sensitive fields, for anything that goes to employers, the search index or a job
 * payload. Walks nested objects and arrays; plain objects lose the always-sensitive names too.
 */
export function stripSensitive<T>(value: T): T {
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const drop = sensitiveFieldsOf(value);
  for (const name of ALWAYS_SENSITIVE_FIELDS) drop.add(name);
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (!drop.has(key)) copy[key] = strip(field);
  }
  return copy;
}
