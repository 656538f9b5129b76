import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { NOTE_MAX_LENGTH } from './client-note.entity';

export class CreateNoteDto {
  @ApiProperty({
    maxLength: NOTE_MAX_LENGTH,
    example: 'Wil graag in een keuken werken; zoekt kinderopvang op woensdag.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NOTE_MAX_LENGTH)
  text: string;

  @ApiPropertyOptional({ description: 'Written during a meeting with the client: counts as a contact', default: false })
  @IsOptional()
  @IsBoolean()
  clientPresent?: boolean;
}

export class NoteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ format: 'uuid' })
  authorAccountId: string;

  @ApiProperty({ example: 'An De Smet' })
  authorName: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class NotePageDto {
  @ApiProperty({ type: () => [NoteDto], description: 'Newest first' })
  items: NoteDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last' })
  nextCursor: string | null;
}
