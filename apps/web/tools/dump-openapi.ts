// Writes the API's OpenAPI document to the path given, without a database or Redis: Nest's preview mode
// scans modules and controllers (all the document needs) but instantiates no provider, so nothing connects.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { buildOpenApiDocument, loadConfig } from '@werkpunt/platform';
import { writeFileSync } from 'node:fs';
import { ApiModule } from '../../api/src/app.module';

async function main(): Promise<void> {
  const [target] = process.argv.slice(2);
  if (!target) throw new Error('usage: dump-openapi.ts <output.json>');
  const config = loadConfig();
  const app = await NestFactory.create(ApiModule.forRoot(config), { preview: true, logger: false });
  // A fixed server address keeps the document the same on every machine.
  const document = buildOpenApiDocument(app, { publicUrl: 'http://localhost:3000' });
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
