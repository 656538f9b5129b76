import { ValidationError } from 'class-validator';
import { flattenValidationErrors } from './validation';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []) =>
  Object.assign(new ValidationError(), { property, constraints, children });

describe('flattenValidationErrors', () => {
  it('names nested fields with a dotted path', () => {
    const errors = [
      error('name', { isString: 'name must be a string' }),
      error('address', undefined, [error('postcode', { length: 'postcode must be 4 characters' })]),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'name', messages: ['name must be a string'] },
      { field: 'address.postcode', messages: ['postcode must be 4 characters'] },
    ]);
  });
});
