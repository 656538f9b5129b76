// The platform's public surface: other contexts and the apps import only from here.
export { APP_CONFIG, ConfigError, loadConfig, loadConfigOrExit } from './config/app-config';
export type { AppConfig } from './config/app-config';
export { Clock, ClockModule, SystemClock } from './clock/clock';
export { ConfigModule } from './config/config.module';
export { PlatformModule } from './platform.module';
export { DatabaseModule } from './database/database.module';
export { baseDataSourceOptions, MIGRATIONS_GLOB } from './database/typeorm-options';
export { PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, violatesConstraint } from './database/postgres-errors';
export { LoggingModule, REQUEST_ID_HEADER } from './logging/logging.module';
export { ProblemDetailsFilter } from './errors/problem-details.filter';
export { PROBLEM_CONTENT_TYPE, problemType } from './errors/problem-details';
export type { FieldError, ProblemDetails } from './errors/problem-details';
export { createValidationPipe, RequestValidationException } from './errors/validation';
export { ServiceUnavailableError, findUnavailableService } from './errors/unavailable';
export { HealthModule } from './health/health.module';
export { configureHttpApp } from './http/configure-http-app';
export { buildOpenApiDocument, OPENAPI_JSON_PATH, OPENAPI_UI_PATH } from './http/openapi';
export { BULL_BOARD_PATH } from './http/bull-board';
export { ADMIN_PAGE_GUARD } from './http/admin-page-guard';
export type { AdminPageGuard } from './http/admin-page-guard';
export { IS_PUBLIC_KEY, Public } from './http/public.decorator';
export { ALL_JOBS, ALL_QUEUES, JOB_QUEUE, JobName, QueueName } from './queues/job-map';
export type { JobPayloads } from './queues/job-map';
export { DEFAULT_JOB_OPTIONS, jobOptionsFor, QUEUE_JOB_OPTIONS } from './queues/job-options';
export { JobHandler } from './queues/job-handler.decorator';
export { checkHandlers, JobHandlerRegistrationError } from './queues/handler-registry';
export { JobQueue } from './queues/job-queue.service';
export { createRedisConnection, REDIS_COMMAND_CONNECTION } from './queues/redis-connection';
export { WorkerRuntimeModule } from './queues/worker.module';
export { WorkerRuntime } from './queues/worker-runtime';
export { heartbeatKey } from './queues/worker-heartbeat';
export {
  ALWAYS_SENSITIVE_FIELDS,
  Sensitive,
  sensitiveFieldNames,
  sensitiveFieldsOf,
  stripSensitive,
} from './privacy/sensitive';
export { logRedactionPaths, PERSONAL_LOG_FIELDS } from './privacy/log-redaction';
export { decodeCursor, encodeCursor, toCursorPage } from './http/pagination';
export type { CursorPage, CursorPosition } from './http/pagination';
export { OutboxAggregateType, OutboxChange, OutboxEvent } from './outbox/outbox-event.entity';
export { OutboxModule } from './outbox/outbox.module';
export { OutboxWriter } from './outbox/outbox-writer';
export type { OutboxEventInput } from './outbox/outbox-writer';
export { convertCsvRecord, csvCell } from './imports/csv-columns';
export type { CellConverter, CsvColumnMap } from './imports/csv-columns';
export { ImportFileError, parseImportRows } from './imports/import-rows';
export type { ImportFormat, ImportRow } from './imports/import-rows';
export { importReport } from './imports/import-report';
export type { ImportReport, ImportRowReport } from './imports/import-report';
export { validateImportRows } from './imports/row-validator';
export type { RejectedRow, RowError, RowValidationOptions, ValidatedRows, ValidRow } from './imports/row-validator';
export { MetricsController, Observability, ObservabilityModule } from './observability/observability';
export type { ReadinessProbe } from './observability/observability';
export { timestampKeysetPage } from './http/timestamp-keyset-page';
export type { KeysetPageRequest } from './http/timestamp-keyset-page';
