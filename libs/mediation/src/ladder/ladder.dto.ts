import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { LADDER_STEPS, LadderDirection, LadderStep } from '../domain/activation-ladder';

export class ChangeLadderStepDto {
  @ApiProperty({ enum: LADDER_STEPS, example: 'language_activation' })
  @IsIn(LADDER_STEPS)
  step: LadderStep;

  @ApiProperty({ maxLength: 1000, example: 'Starts the NT2 course at the CVO in September.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;

  @ApiPropertyOptional({ description: 'The client was at the desk: counts as a contact', default: false })
  @IsOptional()
  @IsBoolean()
  clientPresent?: boolean;
}

export class LadderStepLabelDto {
  @ApiProperty({ example: 'Nederlands leren' })
  nl: string;

  @ApiProperty({ example: 'Learning Dutch' })
  en: string;
}

export class LadderStepChangeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: LADDER_STEPS })
  step: LadderStep;

  @ApiProperty({ type: () => LadderStepLabelDto })
  label: LadderStepLabelDto;

  @ApiProperty({ enum: LADDER_STEPS, nullable: true, type: String })
  previousStep: LadderStep | null;

  @ApiProperty({ enum: ['first', 'up', 'down'] })
  direction: LadderDirection;

  @ApiProperty()
  reason: string;

  @ApiProperty()
  clientPresent: boolean;

  @ApiProperty({ format: 'uuid', description: 'The mediator who recorded it' })
  changedByAccountId: string;

  @ApiProperty({ example: 'An De Smet' })
  changedByName: string;

  @ApiProperty({ format: 'date-time' })
  changedAt: string;
}

export class LadderHistoryDto {
  @ApiProperty({ enum: LADDER_STEPS, nullable: true, type: String, description: 'Null until a first step is recorded' })
  currentStep: LadderStep | null;

  @ApiProperty({ type: () => [LadderStepChangeDto], description: 'Newest first' })
  history: LadderStepChangeDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last' })
  nextCursor: string | null;
}
