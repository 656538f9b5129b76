import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { PASSWORD_MAX_LENGTH, passwordProblems } from './password-rules';

/**
 * class-validator rule for a new password, so a refused password is a 400 naming the field. Reads
 * `email` and `displayName` from the same body when present (a password must not be either).
 */
export function IsAcceptablePassword(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          return typeof value === 'string' && passwordProblems(value, contextOf(args)).length === 0;
        },
        defaultMessage(args: ValidationArguments) {
          const value = args.value;
          if (typeof value !== 'string') return `password must be text of at most ${PASSWORD_MAX_LENGTH} characters`;
          return passwordProblems(value, contextOf(args))[0] ?? 'password is not acceptable';
        },
      },
    });
}

function contextOf(args: ValidationArguments): { email?: string; displayName?: string } {
  const body = args.object as { email?: unknown; displayName?: unknown };
  return {
    email: typeof body.email === 'string' ? body.email : undefined,
    displayName: typeof body.displayName === 'string' ? body.displayName : undefined,
  };
}
