import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VacancyStatus } from '../domain/vacancy-vocabulary';

export class VacancyStatusStepDto {
  @ApiProperty({ enum: VacancyStatus, nullable: true, type: String, description: 'Null for the creation' })
  fromStatus: VacancyStatus | null;

  @ApiProperty({ enum: VacancyStatus })
  toStatus: VacancyStatus;

  @ApiProperty({ example: 'recruiter', description: 'The role of who took the step, or system (expiry)' })
  actorRole: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Who took the step: only for the organisation and admins (null for mediators, the system, erased)',
  })
  actorAccountId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'De vacature is ingevuld via een uitzendkantoor.' })
  reason: string | null;

  @ApiProperty({ format: 'date-time' })
  at: string;
}
