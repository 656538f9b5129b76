import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, Policy, RequestId } from '@werkpunt/identity';
import { CursorPage } from '@werkpunt/platform';
import { FilePageQueryDto } from '../client-files/newest-first-page';
import { CreateNoteDto, NoteDto, NotePageDto } from './notes.dto';
import { NotesService } from './notes.service';

@ApiTags('caseloads')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such client, or not in your caseload (the two look the same)' })
@ApiForbiddenResponse({ description: 'Notes are for mediators only (clients find them in their data export)' })
@Controller('api/v1/clients/:accountId/notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Post()
  @Policy('update', 'JobSeekerFile')
  @ApiOperation({
    summary: 'Add a note to the client’s file; notes are never changed, a correction is a new note (audited)',
  })
  @ApiCreatedResponse({ type: NoteDto })
  @ApiBadRequestResponse({ description: 'Empty or too long text' })
  add(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Body() body: CreateNoteDto,
    @RequestId() requestId: string | null,
  ): Promise<NoteDto> {
    return this.notes.add(actor, accountId, body, requestId);
  }

  @Get()
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({ summary: 'The notes in the client’s file, newest first, a page at a time (audited)' })
  @ApiOkResponse({ type: NotePageDto })
  @ApiBadRequestResponse({ description: 'Invalid limit or cursor' })
  list(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Query() query: FilePageQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<CursorPage<NoteDto>> {
    return this.notes.list(actor, accountId, query, requestId);
  }
}
