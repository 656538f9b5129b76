/** The part of an RFC 9457 validation problem the forms use: which fields were wrong. */
interface Problem {
  errors?: { field: string; messages: string[] }[];
}

export function fieldsAtFault(error: unknown): string[] {
  return ((error ?? {}) as Problem).errors?.map((e) => e.field) ?? [];
}
