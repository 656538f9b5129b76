import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '../../passwords/is-acceptable-password';
import { PreferredLanguage } from '../account.entity';
import { AccountDto } from './account.dto';
import { trim, trimLower } from './registration.dto';

export class CreateClientDto {
  @ApiProperty({ example: 'Yusuf Demir', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName: string;

  @ApiPropertyOptional({ enum: PreferredLanguage, default: PreferredLanguage.Dutch })
  @IsOptional()
  @IsEnum(PreferredLanguage, { message: 'preferredLanguage must be nl or en' })
  preferredLanguage?: PreferredLanguage;

  @ApiPropertyOptional({
    example: '7d1c2a9e-4b6f-4e21-9a53-0c8f3f1b2d44',
    description: 'The Werkpunt whose caseload the client joins; needed only when the mediator works at several.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'werkpuntId must be a UUID' })
  werkpuntId?: string;
}

export class CreatedClientDto {
  @ApiProperty({ type: AccountDto })
  account: AccountDto;

  @ApiProperty({
    example: 'K7M2P-XR4TB',
    description:
      'Print it with account.username and hand it to the client; it is shown only this once and works once. ' +
      'The client claims the account with it and then logs in with the username (or the e-mail given at claim).',
  })
  claimCode: string;

  @ApiProperty({ example: '2026-12-28T12:00:00.000Z' })
  claimCodeExpiresAt: string;
}

export class ClaimAccountDto {
  @ApiProperty({
    example: 'K7M2P-XR4TB',
    description: 'The code on the paper; case, spaces and the dash do not matter.',
  })
  @IsString()
  @MaxLength(20)
  code: string;

  @ApiProperty({ example: 'appels en peren op de markt' })
  @IsString()
  @IsAcceptablePassword()
  password: string;

  @ApiPropertyOptional({ example: 'yusuf.demir@example.org', description: 'To log in with and to reset the password.' })
  @IsOptional()
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;
}

export class ClaimedAccountDto {
  @ApiProperty({ type: AccountDto })
  account: AccountDto;
}
