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
