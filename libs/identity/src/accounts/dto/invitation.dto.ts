import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '../../passwords/is-acceptable-password';
import { PreferredLanguage } from '../account.entity';
import { trim, trimLower } from './registration.dto';

export class InviteRecruiterDto {
  @ApiProperty({ example: 'sofie.dewilde@bakkerij-rabot.be' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'sofie.dewilde@bakkerij-rabot.be' })
  email: string;

  @ApiProperty({ example: '2026-12-05T12:00:00.000Z' })
  expiresAt: string;
}

/** A person who recruits for the organisation, as its owner sees them. */
export class RecruiterDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: 'Sofie De Wilde' })
  displayName: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'sofie.dewilde@bakkerij-rabot.be' })
  email: string | null;

  @ApiProperty({ enum: ['owner', 'recruiter'], example: 'recruiter' })
  role: 'owner' | 'recruiter';

  @ApiProperty({ description: 'When they joined the organisation', example: '2026-11-28T09:30:00.000Z' })
  since: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The code from the invitation e-mail.' })
  @IsString()
  @Length(20, 100)
  token: string;

  @ApiProperty({ example: 'Sofie De Wilde' })
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName: string;

  @ApiProperty({ example: 'brood bakken voor de hele wijk' })
  @IsString()
  @IsAcceptablePassword()
  password: string;

  @ApiPropertyOptional({ enum: PreferredLanguage, default: PreferredLanguage.Dutch })
  @IsOptional()
  @IsEnum(PreferredLanguage, { message: 'preferredLanguage must be nl or en' })
  preferredLanguage?: PreferredLanguage;
}
