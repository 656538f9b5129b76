import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '../../passwords/is-acceptable-password';
import { PASSWORD_MAX_LENGTH } from '../../passwords/password-rules';
import { PreferredLanguage } from '../account.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export const PHONE_PATTERN = /^\+?[0-9 ()./-]{6,31}$/;

export class RegisterAccountDto {
  @ApiProperty({ example: 'amina.elamrani@example.org', maxLength: 254 })
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({
    example: 'fiets naar de vrijdagmarkt',
    minLength: 12,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'At least 12 characters (a few words work well); not a common or leaked password.',
  })
  @IsString()
  @IsAcceptablePassword()
  password: string;

  @ApiProperty({ example: 'Amina El Amrani', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName: string;

  @ApiPropertyOptional({ enum: PreferredLanguage, default: PreferredLanguage.Dutch })
  @IsOptional()
  @IsEnum(PreferredLanguage, { message: 'preferredLanguage must be nl or en' })
  preferredLanguage?: PreferredLanguage;

  @ApiPropertyOptional({ example: '+32 470 12 34 56' })
  @IsOptional()
  @Transform(trim)
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number (digits, spaces, +, -, / or dots)' })
  phone?: string;
}

export { trim, trimLower };
