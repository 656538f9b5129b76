import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { FilePageQueryDto } from '../client-files/newest-first-page';
import { REFERRAL_PARTNERS, REFERRAL_STATUSES, ReferralPartner, ReferralStatus } from '../domain/referral-status';

export class CreateReferralDto {
  @ApiProperty({ enum: REFERRAL_PARTNERS, example: 'nt2_course' })
  @IsIn(REFERRAL_PARTNERS)
  partner: ReferralPartner;

  @ApiPropertyOptional({
    maxLength: 150,
    description: 'Required for partner "other", not allowed otherwise',
    example: 'Jobkanaal',
  })
  @ValidateIf((dto: CreateReferralDto) => dto.partner === 'other' || dto.partnerName !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  partnerName?: string;

  @ApiProperty({ maxLength: 1000, example: 'Dutch from A1 to A2, evening classes at the CVO.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  purpose: string;
}

export class UpdateReferralDto {
  @ApiPropertyOptional({
    enum: REFERRAL_STATUSES,
    description: 'The next status (see the referral flow)',
    example: 'sent',
  })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Passed A2; continues with B1 in January.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  outcome?: string;
}

export class ReferralDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: REFERRAL_PARTNERS })
  partner: ReferralPartner;

  @ApiProperty({ nullable: true, type: String })
  partnerName: string | null;

  @ApiProperty()
  purpose: string;

  @ApiProperty({ enum: REFERRAL_STATUSES })
  status: ReferralStatus;

  @ApiProperty({ nullable: true, type: String })
  outcome: string | null;

  @ApiProperty({ format: 'uuid' })
  createdByAccountId: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  sentAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When the partner accepted' })
  answeredAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Declined, completed or dropped out' })
  closedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** GET /clients/:accountId/referrals?partner=…&status=…&cursor=…&limit=… */
export class ReferralListQueryDto extends FilePageQueryDto {
  @ApiPropertyOptional({ enum: REFERRAL_PARTNERS, description: 'Only referrals to this partner' })
  @IsOptional()
  @IsIn(REFERRAL_PARTNERS)
  partner?: ReferralPartner;

  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, description: 'Only referrals in this status' })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;
}

export class ReferralPageDto {
  @ApiProperty({ type: () => [ReferralDto], description: 'Newest first' })
  items: ReferralDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last' })
  nextCursor: string | null;
}
