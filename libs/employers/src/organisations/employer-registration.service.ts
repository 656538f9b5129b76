import { Injectable } from '@nestjs/common';
import { AccountsService } from '@werkpunt/identity';
import { EmployerRegistrationDto, RegisterEmployerDto } from './dto/employer-registration.dto';
import { toOrganisationView } from './organisation-mappers';
import { OrganisationsService } from './organisations.service';

/**
 * An employer registers: the owner's account (identity) and the organisation (here) in one transaction.
 * The route lives in this context, which imports identity; identity never imports employers, so there
 * is no module cycle and identity keeps knowing organisations by id only.
 */
@Injectable()
export class EmployerRegistrationService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly organisations: OrganisationsService,
  ) {}

  async register(input: RegisterEmployerDto): Promise<EmployerRegistrationDto> {
    const { account, organisation } = await this.accounts.registerEmployerOwner(input.account, (manager) =>
      this.organisations.createWithinTransaction(manager, input.organisation),
    );
    return { account, organisation: toOrganisationView({ ...organisation, sites: [] }) };
  }
}
