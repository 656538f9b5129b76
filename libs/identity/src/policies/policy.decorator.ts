import { SetMetadata } from '@nestjs/common';
import { PolicyAction, PolicySubjectType } from './subjects';

export const POLICY_METADATA = 'werkpunt:policy';

/** What a route declares: the action and the kind of record it acts on. */
export interface RoutePolicy {
  action: PolicyAction;
  subjectType: PolicySubjectType;
}

/**
 * Declares the policy of a route (or of every route of a controller). PolicyGuard lets a request
 * through when the actor may perform `action` on at least some `subjectType`; the service then checks
 * the concrete record with PolicyService.ensureCan. A route with neither this nor @Public() answers 403.
 */
export const Policy = (action: PolicyAction, subjectType: PolicySubjectType) =>
  SetMetadata(POLICY_METADATA, { action, subjectType } satisfies RoutePolicy);
