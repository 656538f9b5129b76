import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from './problem-details';

/** Thrown by the global ValidationPipe; the filter turns it into a 400 with an `errors` list. */
export class RequestValidationException extends BadRequestException {
  constructor(public readonly fieldErrors: FieldError[]) {
    super(
      `The request has ${fieldErrors.length} invalid field${fieldErrors.length === 1 ? '' : 's'}: ${fieldErrors.map((e) => e.field).join(', ')}`,
    );
  }
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new RequestValidationException(flattenValidationErrors(errors)),
  });
}
