import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxAggregateType, OutboxChange, OutboxEvent } from './outbox-event.entity';

export interface OutboxEventInput {
  aggregateType: OutboxAggregateType;
  aggregateId: string;
  aggregateVersion: number;
  change: OutboxChange;
}

/**
 * Records a change in the outbox. Always pass the manager of the change's own transaction: then the
 * change and its event commit together or not at all, and no event is ever sent for a change that rolled
 * back (or missed for one that committed).
 */
@Injectable()
export class OutboxWriter {
  async record(manager: EntityManager, event: OutboxEventInput): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      // Without a transaction the event could outlive a failed change: refuse instead of writing it.
      throw new Error('OutboxWriter.record needs the manager of an open transaction.');
    }
    await manager.insert(OutboxEvent, { ...event });
  }
}
