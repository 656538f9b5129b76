import { Injectable, NotFoundException } from '@nestjs/common';
import { Actor } from '../actor/actor';
import { AbilityFactory } from './ability.factory';
import { PolicyAction, PolicySubjectRef, PolicySubjectType } from './subjects';

/** Object-level authorisation for services: "may this actor do this to this record?" */
@Injectable()
export class PolicyService {
  constructor(private readonly abilities: AbilityFactory) {}

  can(actor: Actor, action: PolicyAction, subject: PolicySubjectRef): boolean {
    return this.abilities.forActor(actor).can(action, subject);
  }

  /** Route level: whether any record of this type could be acted on (conditions are not evaluated). */
  canAny(actor: Actor, action: PolicyAction, subjectType: PolicySubjectType): boolean {
    return this.abilities.forActor(actor).can(action, subjectType);
  }

  /**
   * Throws 404 when the actor may not act on the record. Outsiders get the same answer whether the
   * record exists or not, so ids cannot be probed; pass the same message a missing record would get.
   */
  ensureCan(actor: Actor, action: PolicyAction, subject: PolicySubjectRef, notFoundMessage?: string): void {
    if (!this.can(actor, action, subject)) throw new NotFoundException(notFoundMessage ?? notFoundMessageFor(subject));
  }
}

export function notFoundMessageFor(subject: Pick<PolicySubjectRef, 'kind'>): string {
  return `There is no ${subject.kind.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase()} here.`;
}
