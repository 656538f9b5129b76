import { Module } from '@nestjs/common';
import { SearchModule } from './search.module';
import { OutboxListener } from './sync/outbox-listener';
import { SearchHousekeeping } from './sync/search-housekeeping';
import { SearchSync } from './sync/search-sync';

/** The search context's job handlers, imported by apps/worker only. */
@Module({
  imports: [SearchModule],
  providers: [SearchSync, OutboxListener, SearchHousekeeping],
})
export class SearchWorkerModule {}
