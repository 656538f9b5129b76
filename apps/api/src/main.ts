import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp, loadConfigOrExit } from '@werkpunt/platform';
import { ApiModule } from './app.module';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create(ApiModule.forRoot(config), { bufferLogs: true });
  configureHttpApp(app, config);
  await app.listen(config.port);
  process.stdout.write(`Werkpunt API listening on ${config.publicUrl} (docs: ${config.publicUrl}/api/docs)\n`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
