// Jest runs globalSetup outside its module mapper, so the @werkpunt alias is not available here.
import { loadConfig } from '../../libs/platform/src/config/app-config';

/** E2E tests write and may stop connections: never point them at a database people use. */
export default function globalSetup(): void {
  const { database } = loadConfig();
  const name = new URL(database.url).pathname.slice(1);
  if (!name.startsWith('werkpunt_test_')) {
    throw new Error(
      `E2E tests need a throw-away database named werkpunt_test_*, got "${name}". Run them with \`npm test\`, ` +
        'which creates a fresh database and queue prefix and drops them afterwards.',
    );
  }
}
