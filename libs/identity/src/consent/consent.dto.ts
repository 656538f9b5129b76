import { ApiProperty } from '@nestjs/swagger';
import { Equals, IsBoolean } from 'class-validator';
import { ConsentChangeView, ConsentState } from './consent.service';
import { ConsentKind, ConsentSource } from './consent-vocabulary';

// Requests ------------------------------------------------------------------------------------

export class EmployerVisibilityDto {
  @ApiProperty({ description: 'Employers may see my profile without name, photo, contact or origin', example: true })
  @IsBoolean()
  visible: boolean;
}

export class ContactSharingDto {
  @ApiProperty({ description: 'This employer may see my name and contact details', example: true })
  @IsBoolean()
  shared: boolean;
}

export class WerkpuntAccessDto {
  @ApiProperty({ description: 'Mediators of this Werkpunt may see my file', example: true })
  @IsBoolean()
  granted: boolean;
}

const CLIENT_PRESENT = {
  description: 'The mediator confirms the client is present and asked for this change',
  example: true,
  enum: [true],
} as const;

export class OnBehalfEmployerVisibilityDto extends EmployerVisibilityDto {
  @ApiProperty(CLIENT_PRESENT)
  @Equals(true, { message: 'clientPresent must be true: change a consent only with the client present' })
  clientPresent: true;
}

export class OnBehalfContactSharingDto extends ContactSharingDto {
  @ApiProperty(CLIENT_PRESENT)
  @Equals(true, { message: 'clientPresent must be true: change a consent only with the client present' })
  clientPresent: true;
}

export class OnBehalfWerkpuntAccessDto extends WerkpuntAccessDto {
  @ApiProperty(CLIENT_PRESENT)
  @Equals(true, { message: 'clientPresent must be true: change a consent only with the client present' })
  clientPresent: true;
}

// Responses -----------------------------------------------------------------------------------

export class ContactSharedWithDto {
  @ApiProperty({ format: 'uuid', example: '2d3c4b5a-6978-4a1b-9c0d-e1f2a3b4c5d6' })
  organisationId: string;

  @ApiProperty({ example: '2026-11-20T09:30:00.000Z' })
  since: Date;
}

export class WerkpuntAccessGrantDto {
  @ApiProperty({ format: 'uuid', example: '6f1d9a3e-2c1b-4f67-9d0a-3b8e5c7a1f20' })
  werkpuntId: string;

  @ApiProperty({ example: '2026-11-20T09:30:00.000Z' })
  since: Date;
}

export class ConsentStateDto implements ConsentState {
  @ApiProperty({ example: false, description: 'Off until the person says yes' })
  visibleToEmployers: boolean;

  @ApiProperty({ type: () => [ContactSharedWithDto] })
  contactSharedWith: ContactSharedWithDto[];

  @ApiProperty({ type: () => [WerkpuntAccessGrantDto], description: 'Besides the person’s own Werkpunt' })
  werkpuntAccess: WerkpuntAccessGrantDto[];
}

export class ConsentChangeDto implements ConsentChangeView {
  @ApiProperty({ example: '2026-11-20T09:30:00.000Z' })
  occurredAt: Date;

  @ApiProperty({ enum: ConsentKind, enumName: 'ConsentKind', example: ConsentKind.EmployerVisibility })
  kind: ConsentKind;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'The organisation or Werkpunt' })
  targetId: string | null;

  @ApiProperty({ example: true })
  granted: boolean;

  @ApiProperty({ enum: ConsentSource, enumName: 'ConsentSource', example: ConsentSource.Self })
  source: ConsentSource;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'The mediator who acted for the person' })
  mediatorAccountId: string | null;

  @ApiProperty({ type: Boolean, nullable: true, example: null })
  clientPresent: boolean | null;
}

export class ConsentHistoryPageDto {
  @ApiProperty({ type: () => [ConsentChangeDto] })
  items: ConsentChangeDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor: string | null;
}
