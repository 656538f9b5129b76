import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, ConsentModule, PoliciesModule } from '@werkpunt/identity';
import { CaseloadDirectoryModule } from './caseload/caseload-directory.module';
import { CaseloadEntry } from './caseload/caseload-entry.entity';
import { CaseloadTransfer } from './caseload/caseload-transfer.entity';
import { ClientCaseloadController, WerkpuntCaseloadController } from './caseload/caseload.controller';
import { CaseloadService } from './caseload/caseload.service';
import { ClientFiles } from './client-files/client-files';
import { LadderStepChange } from './ladder/ladder-step-change.entity';
import { LadderController } from './ladder/ladder.controller';
import { LadderService } from './ladder/ladder.service';
import { ClientNote } from './notes/client-note.entity';
import { NotesController } from './notes/notes.controller';
import { NotesService } from './notes/notes.service';
import { Referral } from './referrals/referral.entity';
import { ReferralsController } from './referrals/referrals.controller';
import { ReferralsService } from './referrals/referrals.service';
import { Werkpunt } from './werkpunten/werkpunt.entity';
import { WerkpuntenController } from './werkpunten/werkpunten.controller';
import { WerkpuntenService } from './werkpunten/werkpunten.service';

export const MEDIATION_ENTITIES = [Werkpunt, CaseloadEntry, CaseloadTransfer, ClientNote, LadderStepChange, Referral];

/**
 * The mediators' records: the Werkpunten, their caseloads (and, through CaseloadDirectoryModule, which
 * Werkpunt a client belongs to for the whole platform), client notes, the activation ladder and referrals.
 * The wijk relation needs GeoModule's entities, which the apps load as well.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(MEDIATION_ENTITIES),
    PoliciesModule,
    AuditModule,
    ConsentModule,
    CaseloadDirectoryModule,
  ],
  controllers: [
    WerkpuntenController,
    WerkpuntCaseloadController,
    ClientCaseloadController,
    NotesController,
    LadderController,
    ReferralsController,
  ],
  providers: [WerkpuntenService, ClientFiles, CaseloadService, NotesService, LadderService, ReferralsService],
  exports: [WerkpuntenService],
})
export class MediationModule {}
