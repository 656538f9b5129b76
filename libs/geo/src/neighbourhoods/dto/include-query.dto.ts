import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class IncludeQueryDto {
  @ApiPropertyOptional({ description: 'Add the GeoJSON outline of each wijk (for maps)', enum: ['polygon'] })
  @IsOptional()
  @IsIn(['polygon'], { message: 'include only accepts "polygon"' })
  include?: 'polygon';
}
