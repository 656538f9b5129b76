import { INestApplication } from '@nestjs/common';
import { PasswordHasher, Role } from '@werkpunt/identity';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Account } from '../../libs/identity/src/accounts/account.entity';
import { WerkpuntMembership } from '../../libs/identity/src/accounts/werkpunt-membership.entity';

export const TEST_PASSWORD = 'fiets naar de vrijdagmarkt';

export interface LoggedIn {
  accessToken: string;
  /** The Set-Cookie values of the login answer (refresh cookie, admin cookie). */
  cookies: string[];
  /** `wp_refresh=<token>` ready for a Cookie header. */
  refreshCookie: string;
}

/** An account written straight to the database (for roles nobody can register as: admin, mediator). */
export async function createAccount(
  app: INestApplication,
  role: Role,
  options: { werkpuntIds?: string[]; password?: string } = {},
): Promise<{ id: string; email: string; password: string }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
  const password = options.password ?? TEST_PASSWORD;
  const dataSource = app.get(DataSource);
  const passwordHash = await app.get(PasswordHasher).hash(password);
  const result = await dataSource
    .getRepository(Account)
    .insert({ role, email, displayName: `Test ${role}`, passwordHash });
  const id = (result.identifiers[0] as { id: string }).id;
  for (const werkpuntId of options.werkpuntIds ?? []) {
    await dataSource.getRepository(WerkpuntMembership).insert({ accountId: id, werkpuntId });
  }
  return { id, email, password };
}

export function setCookies(response: request.Response): string[] {
  const header = response.headers['set-cookie'] as unknown;
  return Array.isArray(header) ? (header as string[]) : typeof header === 'string' ? [header] : [];
}

/** `name=value` of one Set-Cookie, for sending it back. */
export function cookiePair(cookies: string[], name: string): string {
  const cookie = cookies.find((c) => c.startsWith(`${name}=`));
  if (!cookie) throw new Error(`no ${name} cookie in ${JSON.stringify(cookies)}`);
  return cookie.split(';')[0];
}

export async function login(app: INestApplication, email: string, password = TEST_PASSWORD): Promise<LoggedIn> {
  const response = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
  const cookies = setCookies(response);
  return {
    accessToken: (response.body as { accessToken: string }).accessToken,
    cookies,
    refreshCookie: cookiePair(cookies, 'wp_refresh'),
  };
}
