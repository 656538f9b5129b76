import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { OrganisationSite } from './organisation-site.entity';

/** Sites with their wijk's id and name only: a wijk row also holds its outline, which nobody here needs. */
@Injectable()
export class SiteReader {
  constructor(@InjectRepository(OrganisationSite) private readonly sites: Repository<OrganisationSite>) {}

  async byOrganisation(organisationIds: readonly string[]): Promise<Map<string, OrganisationSite[]>> {
    const byOrganisation = new Map<string, OrganisationSite[]>(organisationIds.map((id) => [id, []]));
    if (organisationIds.length === 0) return byOrganisation;
    const rows = await this.withWijkName()
      .where({ organisationId: In([...organisationIds]) })
      .getMany();
    for (const row of rows) byOrganisation.get(row.organisationId)?.push(row);
    return byOrganisation;
  }

  findOne(organisationId: string, siteId: string): Promise<OrganisationSite | null> {
    return this.withWijkName().where({ id: siteId, organisationId }).getOne();
  }

  private withWijkName() {
    return this.sites
      .createQueryBuilder('site')
      .leftJoin('site.neighbourhood', 'neighbourhood')
      .addSelect(['neighbourhood.id', 'neighbourhood.name']);
  }
}
