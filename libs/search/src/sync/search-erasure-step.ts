import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ErasureService, ErasureStep, PersonIdentifiers } from '@werkpunt/identity';
import { PROFILE_INDEX } from '../indexes/profile-index';
import { SEARCH_ENGINE, SearchEngine } from '../search-engine';

/**
 * Erasure removes the person's profile document from the index at once, without waiting for the sync (which
 * would also remove it, the profile being gone): the index may be another server the scan cannot see.
 */
@Injectable()
export class SearchErasureStep implements ErasureStep, OnModuleInit {
  readonly name = 'search-documents';

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly erasure: ErasureService,
  ) {}

  onModuleInit(): void {
    this.erasure.registerStep(this);
  }

  async eraseOutsideDatabase(person: PersonIdentifiers): Promise<void> {
    await this.engine.delete(PROFILE_INDEX, [person.accountId]);
  }
}
