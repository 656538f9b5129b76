import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, OrganisationMembership, OrganisationRole, PolicyService, Role, subjectRef } from '@werkpunt/identity';
import { CursorPage, decodeCursor, RequestValidationException, toCursorPage } from '@werkpunt/platform';
import { Brackets, EntityManager, In, Repository } from 'typeorm';
import { isValidEnterpriseNumber, normaliseEnterpriseNumber } from '../domain/enterprise-number';
import { normaliseNaceCode } from '../domain/nace';
import { SiteReader } from '../sites/site-reader';
import { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation-input.dto';
import { refuseNullFor } from '../common/refuse-null';
import { DEFAULT_PAGE_SIZE, EmployerListQueryDto } from './dto/employer-list-query.dto';
import { withUniqueEnterpriseNumber } from './enterprise-number-conflict';
import { toOrganisationView, toProfileView } from './organisation-mappers';
import { Organisation } from './organisation.entity';
import { EmployerProfileView, MyOrganisationView, OrganisationView } from './organisation-views';

const NOT_FOUND = 'There is no employer here.';
const FOREIGN_CURSOR = 'The cursor is not one this API handed out; start again without it.';

/** Employer organisations: registration's half, public profiles, the list, and the owner's changes. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(OrganisationMembership) private readonly memberships: Repository<OrganisationMembership>,
    private readonly sites: SiteReader,
    private readonly policies: PolicyService,
  ) {}

  /**
   * Inserts the organisation in the caller's transaction (employer registration: identity's account and
   * membership go in the same one). 409 when the enterprise number is registered already.
   */
  async createWithinTransaction(manager: EntityManager, input: CreateOrganisationDto): Promise<Organisation> {
    const row = manager.create(Organisation, {
      legalName: input.legalName,
      tradingName: input.tradingName ?? null,
      enterpriseNumber: checkedEnterpriseNumber(input.enterpriseNumber),
      naceCode: checkedNaceCode(input.naceCode),
      socialEconomy: input.socialEconomy ?? false,
      sectorTables: input.sectorTables ?? [],
      website: input.website ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
    });
    return withUniqueEnterpriseNumber(() => manager.save(Organisation, row));
  }

  /** The public profile: anybody may read it. */
  async profile(id: string): Promise<EmployerProfileView> {
    const organisation = await this.organisations.findOne({ where: { id } });
    if (!organisation) throw new NotFoundException(NOT_FOUND);
    organisation.sites = (await this.sites.byOrganisation([id])).get(id);
    return toProfileView(organisation);
  }

  /** Owner or admin. Recruiters of the organisation read it but may not change it (403); outsiders get 404. */
  async update(actor: Actor, id: string, input: UpdateOrganisationDto): Promise<OrganisationView> {
    this.policies.ensureCan(actor, 'update', subjectRef('Organisation', { organisationId: id }), NOT_FOUND);
    const organisation = await this.organisations.findOne({ where: { id } });
    if (!organisation) throw new NotFoundException(NOT_FOUND);
    if (actor.role !== Role.Admin && !(await this.isOwner(actor.userId, id))) {
      throw new ForbiddenException('Only the organisation’s owner (or a city admin) may change its details.');
    }
    refuseNullFor(input, ['legalName', 'enterpriseNumber', 'naceCode', 'socialEconomy', 'sectorTables']);
    if (input.legalName != null) organisation.legalName = input.legalName;
    if (input.tradingName !== undefined) organisation.tradingName = input.tradingName;
    if (input.enterpriseNumber != null) organisation.enterpriseNumber = checkedEnterpriseNumber(input.enterpriseNumber);
    if (input.naceCode != null) organisation.naceCode = checkedNaceCode(input.naceCode);
    if (input.socialEconomy != null) organisation.socialEconomy = input.socialEconomy;
    if (input.sectorTables != null) organisation.sectorTables = input.sectorTables;
    if (input.website !== undefined) organisation.website = input.website;
    if (input.email !== undefined) organisation.email = input.email;
    if (input.phone !== undefined) organisation.phone = input.phone;
    await withUniqueEnterpriseNumber(() => this.organisations.save(organisation));
    return this.fullView(id);
  }

  /** Public profiles by legal name, then id; filters combine (AND). */
  async list(query: EmployerListQueryDto): Promise<CursorPage<EmployerProfileView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.organisations
      .createQueryBuilder('organisation')
      .orderBy('organisation.legal_name', 'ASC')
      .addOrderBy('organisation.id', 'ASC')
      .limit(limit + 1);
    if (query.q) {
      const pattern = `%${escapeLike(query.q)}%`;
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('organisation.legal_name ILIKE :pattern', { pattern })
            .orWhere('organisation.trading_name ILIKE :pattern', { pattern }),
        ),
      );
    }
    if (query.sector) {
      builder.andWhere('organisation.nace_code LIKE :sector', { sector: `${escapeLike(query.sector)}%` });
    }
    if (query.wijk !== undefined) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM organisation_sites site WHERE site.organisation_id = organisation.id AND site.neighbourhood_id = :wijk)',
        { wijk: query.wijk },
      );
    }
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      if (!isUuid(after.id)) throw new BadRequestException(FOREIGN_CURSOR);
      // A row comparison, so rows with the same name are paged by id and none is skipped or repeated.
      builder.andWhere('(organisation.legal_name, organisation.id) > (:afterName, CAST(:afterId AS uuid))', {
        afterName: after.sortKey,
        afterId: after.id,
      });
    }
    const rows = await builder.getMany();
    const sitesByOrganisation = await this.sites.byOrganisation(rows.slice(0, limit).map((row) => row.id));
    return toCursorPage(
      rows,
      limit,
      (row) => ({ sortKey: row.legalName, id: row.id }),
      (row) => toProfileView({ ...row, sites: sitesByOrganisation.get(row.id) }),
    );
  }

  /** The organisations the actor recruits for, with their role in each, by name. */
  async mine(actor: Actor): Promise<MyOrganisationView[]> {
    const memberships = await this.memberships.find({ where: { accountId: actor.userId } });
    if (memberships.length === 0) return [];
    const roleOf = new Map(memberships.map((membership) => [membership.organisationId, membership.role]));
    const views = await this.fullViews([...roleOf.keys()]);
    return views.map((organisation) => ({
      role: roleOf.get(organisation.id) ?? OrganisationRole.Recruiter,
      organisation,
    }));
  }

  /** For the sites: 404 unless the actor may change this organisation and it exists. */
  async ensureMayManageSites(actor: Actor, id: string): Promise<void> {
    this.policies.ensureCan(actor, 'update', subjectRef('Organisation', { organisationId: id }), NOT_FOUND);
    if (!(await this.organisations.exists({ where: { id } }))) throw new NotFoundException(NOT_FOUND);
  }

  /** The full record with its sites, for its members and admins (the caller has checked the policy). */
  async fullView(id: string): Promise<OrganisationView> {
    const [view] = await this.fullViews([id]);
    if (!view) throw new NotFoundException(NOT_FOUND);
    return view;
  }

  private async fullViews(ids: string[]): Promise<OrganisationView[]> {
    const rows = await this.organisations.find({
      where: { id: In(ids) },
      order: { legalName: 'ASC', id: 'ASC' },
    });
    const sitesByOrganisation = await this.sites.byOrganisation(rows.map((row) => row.id));
    return rows.map((row) => toOrganisationView({ ...row, sites: sitesByOrganisation.get(row.id) }));
  }

  private isOwner(accountId: string, organisationId: string): Promise<boolean> {
    return this.memberships.exists({ where: { accountId, organisationId, role: OrganisationRole.Owner } });
  }
}

/** The DTO has checked it; seeds and other callers come through here too, so check again before storing. */
function checkedEnterpriseNumber(input: string): string {
  if (!isValidEnterpriseNumber(input)) {
    throw new RequestValidationException([
      { field: 'enterpriseNumber', messages: ['enterpriseNumber must be a valid Belgian enterprise number'] },
    ]);
  }
  return normaliseEnterpriseNumber(input);
}

function checkedNaceCode(input: string): string {
  const code = normaliseNaceCode(input);
  if (!code) {
    throw new RequestValidationException([{ field: 'naceCode', messages: ['naceCode must be a NACE-BEL code'] }]);
  }
  return code;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);
