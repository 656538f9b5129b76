import { ConflictException } from '@nestjs/common';
import { PG_UNIQUE_VIOLATION, violatesConstraint } from '@werkpunt/platform';

const UNIQUE_ENTERPRISE_NUMBER = 'UQ_organisations_enterprise_number';

/** The unique index on the enterprise number turned into a 409 the person can act on. */
export async function withUniqueEnterpriseNumber<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (violatesUniqueEnterpriseNumber(error)) {
      throw new ConflictException(
        'An organisation with this enterprise number is registered already. Ask its owner to invite you as a recruiter.',
      );
    }
    throw error;
  }
}

function violatesUniqueEnterpriseNumber(error: unknown): boolean {
  return violatesConstraint(error, PG_UNIQUE_VIOLATION, UNIQUE_ENTERPRISE_NUMBER);
}
