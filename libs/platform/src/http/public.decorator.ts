import { SetMetadata } from '@nestjs/common';

/**
 * Metadata key of @Public(). Lives in the platform (not identity) because platform routes such as
 * /health are public too and the platform cannot depend on identity; identity re-exports both.
 */
export const IS_PUBLIC_KEY = 'werkpunt:public';

/** The route (or every route of the controller) answers without an authenticated actor. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
