import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Role } from '../actor/actor';
import { ClientDirectory, ClientRef } from './client-directory';

/**
 * Clients from the accounts table: the home Werkpunt is the one a mediator created them in. Only used when
 * no caseload is loaded (EXTERNAL_CLIENT_DIRECTORY, provided by the mediation context, takes precedence).
 */
@Injectable()
export class AccountsClientDirectory extends ClientDirectory {
  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {
    super();
  }

  async findClient(jobSeekerAccountId: string): Promise<ClientRef | null> {
    const account = await this.accounts.findOne({
      where: { id: jobSeekerAccountId, role: Role.JobSeeker },
      select: { id: true, homeWerkpuntId: true },
    });
    return account ? { jobSeekerAccountId, homeWerkpuntId: account.homeWerkpuntId } : null;
  }
}
