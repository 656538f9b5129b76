import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ADMIN_ERASURE_REASONS, AdminErasureReason } from './erasure-vocabulary';

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'html'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'html'], { message: 'format must be json or html' })
  format?: 'json' | 'html';
}

export class EraseOwnAccountDto {
  @ApiProperty({ description: 'Your current password, to confirm it is really you', example: 'gent werkt samen' })
  @IsString()
  @MinLength(1, { message: 'password is required to confirm the erasure' })
  @MaxLength(128)
  password: string;
}

export class AdminEraseAccountDto {
  @ApiProperty({ enum: ADMIN_ERASURE_REASONS, description: 'Why (kept with the erased account; no free text)' })
  @IsIn(ADMIN_ERASURE_REASONS, { message: `reason must be one of ${ADMIN_ERASURE_REASONS.join(', ')}` })
  reason: AdminErasureReason;
}

export class EraseClientDto {
  @ApiProperty({ description: 'The mediator confirms the client is present and asked for this', enum: [true] })
  @Equals(true, { message: 'clientPresent must be true: erase a client’s account only with the client present' })
  clientPresent: true;
}

export class ErasedAccountDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ format: 'date-time' })
  erasedAt: string;
}
