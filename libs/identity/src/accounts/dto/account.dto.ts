import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '../../actor/actor';
import { Account, AccountStatus, PreferredLanguage } from '../account.entity';
import { OrganisationRole } from '../organisation-membership.entity';

export class OrganisationMembershipDto {
  @ApiProperty({ format: 'uuid', example: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' })
  organisationId: string;

  @ApiProperty({ enum: OrganisationRole, example: OrganisationRole.Owner })
  role: OrganisationRole;
}

/** An account as its owner and admins see it. Never the password hash. */
export class AccountDto {
  @ApiProperty({ format: 'uuid', example: '0b7c2f7e-52a4-4d0e-9a51-3f1e2d4c5b6a' })
  id: string;

  @ApiProperty({ enum: Role, example: Role.JobSeeker })
  role: Role;

  @ApiPropertyOptional({ example: 'amina.elamrani@example.org', nullable: true, type: String })
  email: string | null;

  @ApiPropertyOptional({ example: '+32 470 12 34 56', nullable: true, type: String })
  phone: string | null;

  @ApiPropertyOptional({
    example: 'yusuf-demir-4821',
    nullable: true,
    type: String,
    description: 'Login name of an account a mediator made for a client without e-mail.',
  })
  username: string | null;

  @ApiProperty({ example: 'Amina El Amrani' })
  displayName: string;

  @ApiProperty({ enum: PreferredLanguage, example: PreferredLanguage.Dutch })
  preferredLanguage: PreferredLanguage;

  @ApiProperty({ enum: AccountStatus, example: AccountStatus.Active })
  status: AccountStatus;

  @ApiProperty({ description: 'Whether a password is set (false: a client account not claimed yet).' })
  hasPassword: boolean;

  @ApiProperty({ type: [String], example: ['3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f'], description: 'Mediators.' })
  werkpuntIds: string[];

  @ApiProperty({ type: [OrganisationMembershipDto], description: 'Recruiters and owners.' })
  organisations: OrganisationMembershipDto[];

  @ApiPropertyOptional({
    example: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
    nullable: true,
    type: String,
    description: 'Job seekers: the Werkpunt whose caseload they are in (null when they registered themselves).',
  })
  homeWerkpuntId: string | null;

  @ApiProperty({ example: '2026-11-28T12:00:00.000Z' })
  createdAt: string;

  @ApiPropertyOptional({ example: '2026-11-28T12:00:00.000Z', nullable: true, type: String })
  lastActiveAt: string | null;
}

/** Needs the memberships loaded; `hasPassword` comes from the caller (the hash is never selected by default). */
export function toAccountDto(account: Account, hasPassword: boolean): AccountDto {
  return {
    id: account.id,
    role: account.role,
    email: account.email,
    phone: account.phone,
    username: account.username,
    displayName: account.displayName,
    preferredLanguage: account.preferredLanguage,
    status: account.status,
    hasPassword,
    werkpuntIds: (account.werkpuntMemberships ?? []).map((m) => m.werkpuntId).sort(),
    organisations: (account.organisationMemberships ?? [])
      .map((m) => ({ organisationId: m.organisationId, role: m.role }))
      .sort((a, b) => a.organisationId.localeCompare(b.organisationId)),
    homeWerkpuntId: account.homeWerkpuntId,
    createdAt: account.createdAt.toISOString(),
    lastActiveAt: account.lastActiveAt?.toISOString() ?? null,
  };
}
