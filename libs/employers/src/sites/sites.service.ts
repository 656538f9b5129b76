import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor } from '@werkpunt/identity';
import { PG_FOREIGN_KEY_VIOLATION, RequestValidationException, violatesConstraint } from '@werkpunt/platform';
import { Repository } from 'typeorm';
import { refuseNullFor } from '../common/refuse-null';
import { toSiteView } from '../organisations/organisation-mappers';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateSiteDto, UpdateSiteDto } from './dto/site-input.dto';
import { OrganisationSite } from './organisation-site.entity';
import { SiteLocator } from './site-locator';
import { SiteReader } from './site-reader';
import { SiteView } from './site-views';

const SITE_NOT_FOUND = 'There is no site here.';

/** An organisation's sites: its owner, its recruiters and admins add, change and remove them. */
@Injectable()
export class SitesService {
  constructor(
    @InjectRepository(OrganisationSite) private readonly sites: Repository<OrganisationSite>,
    private readonly organisations: OrganisationsService,
    private readonly reader: SiteReader,
    private readonly locator: SiteLocator,
  ) {}

  async create(actor: Actor, organisationId: string, input: CreateSiteDto): Promise<SiteView> {
    await this.organisations.ensureMayManageSites(actor, organisationId);
    const place = { postcode: input.postcode, ...coordinatesOf(input.lat ?? null, input.lon ?? null) };
    const location = await this.locator.locate(place);
    const saved = await this.sites.save(
      this.sites.create({
        organisationId,
        name: input.name,
        streetAddress: input.streetAddress,
        ...place,
        ...location,
      }),
    );
    return this.view(organisationId, saved.id);
  }

  /** Moving a site (postcode or coordinates) locates its wijk again. */
  async update(actor: Actor, organisationId: string, siteId: string, input: UpdateSiteDto): Promise<SiteView> {
    await this.organisations.ensureMayManageSites(actor, organisationId);
    const site = await this.sites.findOne({ where: { id: siteId, organisationId } });
    if (!site) throw new NotFoundException(SITE_NOT_FOUND);
    refuseNullFor(input, ['name', 'streetAddress', 'postcode']);
    if (input.name != null) site.name = input.name;
    if (input.streetAddress != null) site.streetAddress = input.streetAddress;
    if (input.postcode != null) site.postcode = input.postcode;
    if (input.lat !== undefined || input.lon !== undefined) {
      Object.assign(
        site,
        coordinatesOf(input.lat === undefined ? site.lat : input.lat, input.lon === undefined ? site.lon : input.lon),
      );
    }
    Object.assign(site, await this.locator.locate(site));
    await this.sites.save(site);
    return this.view(organisationId, siteId);
  }

  async remove(actor: Actor, organisationId: string, siteId: string): Promise<void> {
    await this.organisations.ensureMayManageSites(actor, organisationId);
    const result = await this.sites.delete({ id: siteId, organisationId }).catch((error: unknown) => {
      // Vacancies point at their site: moving or closing them comes first.
      if (violatesConstraint(error, PG_FOREIGN_KEY_VIOLATION)) {
        throw new ConflictException('This site still has vacancies: move them to another site or delete them first.');
      }
      throw error;
    });
    if (!result.affected) throw new NotFoundException(SITE_NOT_FOUND);
  }

  private async view(organisationId: string, siteId: string): Promise<SiteView> {
    const site = await this.reader.findOne(organisationId, siteId);
    if (!site) throw new NotFoundException(SITE_NOT_FOUND);
    return toSiteView(site);
  }
}

/** A point needs both halves: one without the other is refused naming the missing field. */
function coordinatesOf(lat: number | null, lon: number | null): { lat: number | null; lon: number | null } {
  if ((lat === null) !== (lon === null)) {
    const missing = lat === null ? 'lat' : 'lon';
    throw new RequestValidationException([
      { field: missing, messages: [`${missing} must be given together with ${missing === 'lat' ? 'lon' : 'lat'}`] },
    ]);
  }
  return { lat, lon };
}
