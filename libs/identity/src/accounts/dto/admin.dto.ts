import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Role } from '../../actor/actor';
import { PreferredLanguage } from '../account.entity';
import { trim, trimLower } from './registration.dto';

export class CreateMediatorDto {
  @ApiProperty({ example: 'jonas.verhaeghe@stad.gent' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Jonas Verhaeghe' })
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName: string;

  @ApiPropertyOptional({ enum: PreferredLanguage, default: PreferredLanguage.Dutch })
  @IsOptional()
  @IsEnum(PreferredLanguage, { message: 'preferredLanguage must be nl or en' })
  preferredLanguage?: PreferredLanguage;

  @ApiProperty({ type: [String], example: ['3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'werkpuntIds must be uuids' })
  werkpuntIds: string[];
}

export class SetWerkpuntenDto {
  @ApiProperty({ type: [String], example: ['3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'werkpuntIds must be uuids' })
  werkpuntIds: string[];
}

export class ChangeRoleDto {
  @ApiProperty({ enum: Role, example: Role.Mediator })
  @IsEnum(Role, { message: `role must be one of ${Object.values(Role).join(', ')}` })
  role: Role;
}
