import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PoliciesModule } from '../policies/policies.module';
import { AdminAuditLogController } from './admin-audit-log.controller';
import { AuditLogEntry } from './audit-log-entry.entity';
import { AuditLogQueries } from './audit-log-queries';
import { AuditService } from './audit.service';
import { AuditedReader } from './audited-reader';
import { FileAccessLogController } from './file-access-log.controller';

/** The append-only trace of every read and change of a job seeker's file by someone else. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditLogEntry]), PoliciesModule],
  controllers: [FileAccessLogController, AdminAuditLogController],
  providers: [AuditService, AuditedReader, AuditLogQueries],
  exports: [AuditService, AuditedReader, AuditLogQueries],
})
export class AuditModule {}
