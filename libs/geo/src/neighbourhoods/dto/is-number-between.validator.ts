import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A finite number within [min, max], with a single message: IsNumber + Min + Max would answer "abc" with three.
 */
export function IsNumberBetween(
  min: number,
  max: number,
  example: number,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNumberBetween',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max,
        defaultMessage: () => `$property must be a number from ${min} to ${max}, e.g. ${example}`,
      },
    },
    options,
  );
}
