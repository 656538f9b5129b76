import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { isValidEnterpriseNumber, normaliseEnterpriseNumber } from '../../domain/enterprise-number';
import { normaliseNaceCode } from '../../domain/nace';

// Each field is normalised before validation (the pipe transforms first), so "0123 456 749" and "8121"
// arrive as "0123456749" and "81.21"; what cannot be normalised is left as sent, for the message.

export const trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export const lowerCased = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

export const normalisedEnterpriseNumber = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseEnterpriseNumber(value) : value));

export const normalisedNaceCode = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (normaliseNaceCode(value) ?? value) : value,
  );

export function IsEnterpriseNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEnterpriseNumber',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidEnterpriseNumber(value),
        defaultMessage: () =>
          'enterpriseNumber must be a Belgian enterprise number: 10 digits starting with 0 or 1 whose last two ' +
          'digits are the check (for example 0123.456.749)',
      },
    },
    options,
  );
}

export function IsNaceCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNaceCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && normaliseNaceCode(value) !== null,
        defaultMessage: () => 'naceCode must be a NACE-BEL code such as 81.21 or 81.210',
      },
    },
    options,
  );
}
