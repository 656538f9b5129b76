import { SetMetadata } from '@nestjs/common';
import { JobName } from './job-map';

export const JOB_HANDLER_METADATA = 'werkpunt:job-handler';

/** Marks the method that processes one job name. Exactly one per declared job, checked at worker boot. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER_METADATA, name);
