// The applications context's public surface: other contexts, the apps and the seeds import only from here.
export { ApplicationsModule, APPLICATIONS_ENTITIES } from './applications.module';
export { Application } from './application.entity';
export { ApplicationStatusChange } from './application-status-change.entity';
export { ApplicationOrigin, ApplicationStatus, RejectionReason } from './domain/application-vocabulary';
export { mayMove, isFinal } from './domain/application-lifecycle';
export { plainFeedback } from './domain/rejection-feedback';
export { ApplicationsWorkerModule } from './applications-worker.module';
export { DecisionReminder, DECISION_REMINDER_DAYS, reminderJobId } from './reminder/decision-reminder';
