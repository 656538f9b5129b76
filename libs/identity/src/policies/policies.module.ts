import { Module } from '@nestjs/common';
import { AbilityFactory } from './ability.factory';
import { PolicyGuard } from './policy.guard';
import { PolicyService } from './policy.service';

/**
 * The policy layer. PolicyGuard is not registered as a global guard here: it must run after
 * AuthenticationGuard, and Nest applies global guards in registration order, so IdentityModule lists
 * both APP_GUARD providers itself, authentication first.
 */
@Module({
  providers: [AbilityFactory, PolicyService, PolicyGuard],
  exports: [AbilityFactory, PolicyService, PolicyGuard],
})
export class PoliciesModule {}
