import { Global, Module } from '@nestjs/common';
import { EXTERNAL_CLIENT_DIRECTORY } from '@werkpunt/identity';
import { CaseloadClientDirectory } from './caseload-client-directory';

/**
 * Global so identity's ConsentModule, which cannot import mediation (mediation imports identity), finds the
 * caseload under EXTERNAL_CLIENT_DIRECTORY and uses it as its ClientDirectory.
 */
@Global()
@Module({
  providers: [{ provide: EXTERNAL_CLIENT_DIRECTORY, useClass: CaseloadClientDirectory }],
  exports: [EXTERNAL_CLIENT_DIRECTORY],
})
export class CaseloadDirectoryModule {}
