import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AuditPurpose, JobSeekerFileRef, JobSeekerRefs, PolicyService, Role } from '@werkpunt/identity';
import { EntityManager } from 'typeorm';
import { CaseloadEntry } from '../caseload/caseload-entry.entity';

export const NO_CLIENT = 'There is no client with this id in your caseload.';

/**
 * The one gate to a client's file for every mediation route: 404 unless the actor may act on it (own
 * Werkpunt, or a Werkpunt the client shared the file with), so "not yours" and "no such client" look alike.
 */
@Injectable()
export class ClientFiles {
  constructor(
    private readonly refs: JobSeekerRefs,
    private readonly policies: PolicyService,
  ) {}

  async ensure(actor: Actor, action: 'read' | 'update', accountId: string): Promise<JobSeekerFileRef> {
    const file = await this.refs.file(accountId);
    if (!file) throw new NotFoundException(NO_CLIENT);
    this.policies.ensureCan(actor, action, file, NO_CLIENT);
    return file;
  }
}

/** Mediators' records are for mediators: the client sees them in their data export, employers never. */
export function ensureMediator(actor: Actor, what: string): void {
  if (actor.role !== Role.Mediator) throw new ForbiddenException(`Only mediators ${what}.`);
}

/** Mediators and, for support, city admins (whose reads are audited as such). */
export function ensureMediatorOrAdmin(actor: Actor, what: string): void {
  if (actor.role !== Role.Mediator && actor.role !== Role.Admin) {
    throw new ForbiddenException(`Only mediators ${what}.`);
  }
}

/** What "who looked at my file" tells the person: their mediator following them, or city staff helping. */
export function purposeOf(actor: Actor): AuditPurpose {
  return actor.role === Role.Admin ? AuditPurpose.AdminSupport : AuditPurpose.Caseload;
}

/** A contact with the client present moves "last contact" on their caseload entry (when they have one). */
export async function recordContact(manager: EntityManager, clientAccountId: string, at: Date): Promise<void> {
  await manager.update(CaseloadEntry, { clientAccountId }, { lastContactAt: at });
}
