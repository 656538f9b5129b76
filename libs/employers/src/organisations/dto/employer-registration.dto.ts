import { ApiProperty } from '@nestjs/swagger';
import { AccountDto, RegisterAccountDto } from '@werkpunt/identity';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { CreateOrganisationDto } from './organisation-input.dto';
import { OrganisationDto } from './organisation.dto';

/** The owner's account and the organisation, created together or not at all. */
export class RegisterEmployerDto {
  @ApiProperty({ type: () => RegisterAccountDto, description: 'The owner: the person registering' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RegisterAccountDto)
  account: RegisterAccountDto;

  @ApiProperty({ type: () => CreateOrganisationDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CreateOrganisationDto)
  organisation: CreateOrganisationDto;
}

export class EmployerRegistrationDto {
  @ApiProperty({ type: () => AccountDto, description: 'The owner’s account; log in with its e-mail address' })
  account: AccountDto;

  @ApiProperty({ type: () => OrganisationDto })
  organisation: OrganisationDto;
}
