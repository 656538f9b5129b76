import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ApplicationStatus } from '../domain/application-vocabulary';
import { BoardApplicationDto, MyApplicationDto } from './application.dto';

export const APPLICATION_PAGE_SIZE = 50;
export const APPLICATION_MAX_PAGE_SIZE = 200;

/** `?status=…&cursor=…&limit=…`: the employer's board of one vacancy. */
export class ApplicationPageQueryDto {
  @ApiPropertyOptional({ enum: ApplicationStatus, description: 'Only applications in this status' })
  @IsOptional()
  @IsEnum(ApplicationStatus, { message: 'status must be one of the application statuses' })
  status?: ApplicationStatus;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page; omit for the first page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: APPLICATION_MAX_PAGE_SIZE, default: APPLICATION_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(APPLICATION_MAX_PAGE_SIZE)
  limit?: number;
}

/** `?status=…&vacancyId=…&cursor=…&limit=…`: a person's applications (their own, or a client's for a mediator). */
export class ApplicationListQueryDto extends ApplicationPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the application to this vacancy' })
  @IsOptional()
  @IsUUID('all', { message: 'vacancyId must be a UUID' })
  vacancyId?: string;
}

const NEXT_CURSOR = { nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last' };

export class MyApplicationPageDto {
  @ApiProperty({ type: () => [MyApplicationDto], description: 'Newest first' })
  items: MyApplicationDto[];

  @ApiProperty(NEXT_CURSOR)
  nextCursor: string | null;
}

export class BoardApplicationPageDto {
  @ApiProperty({ type: () => [BoardApplicationDto], description: 'Oldest first: who waits longest comes first' })
  items: BoardApplicationDto[];

  @ApiProperty(NEXT_CURSOR)
  nextCursor: string | null;
}
