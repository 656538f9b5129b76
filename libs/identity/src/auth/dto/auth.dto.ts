import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { USERNAME_PATTERN } from '../../accounts/username';
import { IsAcceptablePassword } from '../../passwords/is-acceptable-password';
import { PASSWORD_MAX_LENGTH } from '../../passwords/password-rules';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** Log in with the e-mail address, or, for a client without e-mail, the login name on their paper. */
export class LoginDto {
  @ApiPropertyOptional({ example: 'amina.elamrani@example.org', description: 'Give email or username.' })
  @ValidateIf((body: LoginDto) => body.username === undefined)
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address (or give username instead)' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: 'yusuf-demir-4821', description: 'The login name of an account without e-mail.' })
  @IsOptional()
  @Transform(trimLower)
  @Matches(USERNAME_PATTERN, { message: 'username must be a login name such as yusuf-demir-4821' })
  username?: string;

  @ApiProperty({ example: 'fiets naar de vrijdagmarkt' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password: string;
}

export class AccessTokenDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ example: 900, description: 'Seconds until the access token expires; then call /auth/refresh.' })
  expiresIn: number;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'amina.elamrani@example.org' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

export class PasswordResetDto {
  @ApiProperty({ description: 'The code from the e-mail.' })
  @IsString()
  @Length(20, 100)
  token: string;

  @ApiProperty({ example: 'een nieuw wachtwoord voor mij' })
  @IsString()
  @IsAcceptablePassword()
  password: string;
}
