import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ImportQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'May be left out by a recruiter of exactly one organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Publish each valid row at once (default: drafts)', default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'publish must be true or false' })
  publish?: boolean;
}
