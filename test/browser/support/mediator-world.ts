// A mediator and a client of theirs without e-mail, made as at a Werkpunt: nobody registers as a mediator, so
// the account is written to the run's database; the client is made through the API with a one-time claim code.
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { logIn, PASSWORD } from './employer-world';

export interface ClientOnPaper {
  username: string;
  claimCode: string;
}

async function call<T>(baseUrl: string, method: string, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** A mediator of the first open Werkpunt, able to log in with PASSWORD. */
export async function mediator(baseUrl: string): Promise<{ email: string; token: string }> {
  const werkpunten = await call<{ id: string; status: string }[]>(baseUrl, 'GET', '/api/v1/werkpunten', undefined);
  const werkpunt = werkpunten.find((w) => w.status === 'open') ?? werkpunten[0];
  const email = `mediator-${randomUUID().slice(0, 8)}@werkpunt.example`;
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO accounts (role, email, display_name, password_hash) VALUES ('mediator', $1, 'Jan Bemiddelaar', $2)
       RETURNING id`,
      [email, await argon2.hash(PASSWORD, { type: argon2.argon2id })],
    );
    await db.query('INSERT INTO werkpunt_memberships (account_id, werkpunt_id) VALUES ($1, $2)', [
      rows[0].id,
      werkpunt.id,
    ]);
  } finally {
    await db.end();
  }
  return { email, token: await logIn(baseUrl, email) };
}

/** The mediator makes an account for someone without e-mail; the paper they get holds the username and code. */
export async function clientOnPaper(baseUrl: string, mediatorToken: string): Promise<ClientOnPaper> {
  const created = await call<{ account: { username: string }; claimCode: string }>(
    baseUrl,
    'POST',
    '/api/v1/clients',
    { displayName: 'Yusuf Demir', preferredLanguage: 'nl' },
    mediatorToken,
  );
  return { username: created.account.username, claimCode: created.claimCode };
}
