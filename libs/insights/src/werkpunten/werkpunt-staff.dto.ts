import { ApiProperty } from '@nestjs/swagger';

export class StaffMediatorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'An De Smet' })
  displayName: string;

  @ApiProperty({ type: String, nullable: true, example: 'an.desmet@werkpunt.gent' })
  email: string | null;

  @ApiProperty({ enum: ['active', 'deactivated'], description: 'Deactivated mediators cannot log in' })
  status: 'active' | 'deactivated';
}

export class WerkpuntStaffDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Werkpunt Rabot' })
  name: string;

  @ApiProperty({ enum: ['open', 'planned'], example: 'open' })
  status: string;

  @ApiProperty({ description: 'The wijk it stands in', example: 'Rabot-Blaisantvest' })
  wijk: string;

  @ApiProperty({ description: 'Clients in its caseload (a count, no names)', example: 180 })
  clients: number;

  @ApiProperty({ type: [StaffMediatorDto], description: 'Mediators who work there, by name' })
  mediators: StaffMediatorDto[];
}
