import type { Account } from '@werkpunt/identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const NOTE_MAX_LENGTH = 4000;

/**
 * A mediator's note in a client's file. Immutable: a correction is a new note, so what a colleague read
 * and acted on stays in the file as it was (no edit history to keep, nothing silently rewritten).
 */
@Entity({ name: 'client_notes' })
@Index('IDX_client_notes_client', ['clientAccountId', 'createdAt'])
export class ClientNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'client_account_id', type: 'uuid' })
  clientAccountId: string;

  @ManyToOne('Account', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'client_account_id', foreignKeyConstraintName: 'FK_client_notes_client' })
  client?: Account;

  @Column({ name: 'author_account_id', type: 'uuid' })
  authorAccountId: string;

  @Column({ type: 'varchar', length: NOTE_MAX_LENGTH })
  text: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
