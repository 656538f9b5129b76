import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditAction, AuditedReader, AuditService } from '@werkpunt/identity';
import { Clock, CursorPage } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AuthorName, rowsWithAuthor, withAuthorName } from '../client-files/author-name';
import { ClientFiles, ensureMediator, purposeOf, recordContact } from '../client-files/client-files';
import { FilePageQueryDto, newestFirstPage } from '../client-files/newest-first-page';
import { ClientNote } from './client-note.entity';
import { CreateNoteDto, NoteDto } from './notes.dto';

const MEDIATORS_ONLY = 'read and write client notes; the client finds them in their data export';

/**
 * Mediators' notes on a client, for mediators only (the client's own Werkpunt and Werkpunten the client
 * shared the file with): not for employers, admins or the client through the API. The client's data
 * export contains them all (GDPR right of access).
 */
@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: ClientFiles,
    private readonly reader: AuditedReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async add(actor: Actor, clientAccountId: string, dto: CreateNoteDto, requestId: string | null): Promise<NoteDto> {
    await this.files.ensure(actor, 'update', clientAccountId);
    ensureMediator(actor, MEDIATORS_ONLY);
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(ClientNote, {
        clientAccountId,
        authorAccountId: actor.userId,
        text: dto.text,
        createdAt: now,
      });
      const noteId = (inserted.identifiers[0] as { id: string }).id;
      if (dto.clientPresent) await recordContact(manager, clientAccountId, now);
      await this.audit.recordAccess(
        {
          actor,
          record: { jobSeekerAccountId: clientAccountId, recordType: 'ClientNote', recordId: noteId },
          action: AuditAction.Create,
          purpose: purposeOf(actor),
          requestId,
        },
        manager,
      );
      return noteId;
    });
    const [note] = await this.load(this.dataSource.manager, clientAccountId, id);
    return note;
  }

  /** Newest first, a page at a time. */
  async list(
    actor: Actor,
    clientAccountId: string,
    page: FilePageQueryDto,
    requestId: string | null,
  ): Promise<CursorPage<NoteDto>> {
    await this.files.ensure(actor, 'read', clientAccountId);
    ensureMediator(actor, MEDIATORS_ONLY);
    return this.reader.read(
      {
        actor,
        record: { jobSeekerAccountId: clientAccountId, recordType: 'ClientNote', recordId: clientAccountId },
        purpose: purposeOf(actor),
        requestId,
      },
      (manager) =>
        newestFirstPage<ClientNote, AuthorName, NoteDto>(
          this.query(manager, clientAccountId),
          'note',
          'created_at',
          page,
          toNoteDto,
        ),
    );
  }

  private load(manager: EntityManager, clientAccountId: string, onlyId: string): Promise<NoteDto[]> {
    return rowsWithAuthor(this.query(manager, clientAccountId).andWhere('note.id = :onlyId', { onlyId }), toNoteDto);
  }

  private query(manager: EntityManager, clientAccountId: string) {
    return withAuthorName(
      manager
        .createQueryBuilder(ClientNote, 'note')
        .where('note.client_account_id = :clientAccountId', { clientAccountId }),
      'note',
      'author_account_id',
    );
  }
}

function toNoteDto(note: ClientNote, raw: AuthorName | undefined): NoteDto {
  return {
    id: note.id,
    text: note.text,
    authorAccountId: note.authorAccountId,
    authorName: raw?.author_name ?? '',
    createdAt: note.createdAt.toISOString(),
  };
}
