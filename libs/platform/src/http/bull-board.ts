import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { INestApplication } from '@nestjs/common';
import type { RequestHandler } from 'express';
import { JobQueue } from '../queues/job-queue.service';

export const BULL_BOARD_PATH = '/admin/queues';

/** The queue dashboard, behind `adminOnly`: everyone else gets the 404 an unknown page gets. */
export function mountBullBoard(app: INestApplication, adminOnly: RequestHandler): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: app
      .get(JobQueue)
      .all()
      .map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Werkpunt queues' } },
  });
  app.use(BULL_BOARD_PATH, adminOnly, serverAdapter.getRouter());
}
