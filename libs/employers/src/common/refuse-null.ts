import { RequestValidationException } from '@werkpunt/platform';

/**
 * PATCH bodies may clear optional fields with null, never required ones. The DTOs cannot say so
 * (PartialType makes every field optional, and optional lets null through), so the services ask here.
 */
export function refuseNullFor<T extends object>(input: T, requiredFields: readonly (keyof T & string)[]): void {
  const cleared = requiredFields.filter((field) => input[field] === null);
  if (cleared.length > 0) {
    throw new RequestValidationException(cleared.map((field) => ({ field, messages: [`${field} cannot be null`] })));
  }
}
