import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Role } from '../actor/actor';
import { ClientDirectory, ClientRef } from './client-directory';

/**
 * Clients from the accounts table. A job seeker's home Werkpunt belongs to their profile, which arrives
 * with the records issue; until then nobody has one, so only the person and admins reach a client's
 * consents. The profiles context replaces this provider (`{ provide: ClientDirectory, useClass: ... }`).
 */
@Injectable()
export class AccountsClientDirectory extends ClientDirectory {
  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {
    super();
  }

  async findClient(jobSeekerAccountId: string): Promise<ClientRef | null> {
    const exists = await this.accounts.existsBy({ id: jobSeekerAccountId, role: Role.JobSeeker });
    return exists ? { jobSeekerAccountId, homeWerkpuntId: null } : null;
  }
}
