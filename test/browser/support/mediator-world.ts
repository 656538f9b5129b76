// A mediator at Werkpunt Rabot, made the way the City makes one: an admin creates the account through the
// API, the mediator gets a mail with a code and chooses a password with it.
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { WERKPUNT_IDS } from '../../../seeds/src/steps/werkpunten.step';
import { SmtpCapture } from '../../utils/smtp-capture';
import { PASSWORD } from './employer-world';

export const RABOT_WERKPUNT_ID = WERKPUNT_IDS.rabot;
export const LEDEBERG_WERKPUNT_ID = WERKPUNT_IDS.ledeberg;

async function call<T>(baseUrl: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

const logIn = async (baseUrl: string, email: string, password: string) =>
  (await call<{ accessToken: string }>(baseUrl, 'POST', '/api/v1/auth/login', { email, password })).accessToken;

/**
 * Nobody can register as an admin and the test database holds no demo accounts: the one admin is written
 * straight into the database, as the City's first admin is at installation.
 */
async function insertAdmin(): Promise<string> {
  const email = `admin-${randomUUID().slice(0, 8)}@stad.gent.example`;
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO accounts (role, email, display_name, password_hash) VALUES ('admin', $1, 'Dienst Werk', $2)`,
      [email, await argon2.hash(PASSWORD, { type: argon2.argon2id })],
    );
  } finally {
    await db.end();
  }
  return email;
}

export interface MediatorWorld {
  email: string;
  displayName: string;
}

/** The admin creates the mediator; the mediator sets a password with the code from the welcome mail. */
export function mediatorAtRabot(baseUrl: string, smtp: SmtpCapture): Promise<MediatorWorld> {
  return mediatorAt(baseUrl, smtp, RABOT_WERKPUNT_ID);
}

/** The same at another Werkpunt: browser specs share one database, and each caseload starts empty. */
export async function mediatorAt(baseUrl: string, smtp: SmtpCapture, werkpuntId: string): Promise<MediatorWorld> {
  const admin = await logIn(baseUrl, await insertAdmin(), PASSWORD);
  const email = `an-${randomUUID().slice(0, 8)}@werkpunt.gent.example`;
  const displayName = 'An De Smet';
  await call(baseUrl, 'POST', '/api/v1/admin/mediators', { email, displayName, werkpuntIds: [werkpuntId] }, admin);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const mail = smtp.mailsTo(email)[0];
    const token = mail && /Code: (\S+)/.exec(mail.text)?.[1];
    if (token) {
      await call(baseUrl, 'POST', '/api/v1/auth/password-reset', { token, password: PASSWORD });
      return { email, displayName };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The mediator’s welcome mail did not arrive within 30 s: is the worker running?');
}

/** A mediator's bearer token, for making clients through the API. */
export const mediatorToken = (baseUrl: string, mediator: MediatorWorld) => logIn(baseUrl, mediator.email, PASSWORD);

export interface ClientOnPaper {
  username: string;
  claimCode: string;
}

/** The mediator makes an account for someone without e-mail; the paper they get holds the username and code. */
export async function clientOnPaper(baseUrl: string, token: string, displayName: string): Promise<ClientOnPaper> {
  const created = await call<{ account: { username: string }; claimCode: string }>(
    baseUrl,
    'POST',
    '/api/v1/clients',
    { displayName, preferredLanguage: 'nl' },
    token,
  );
  return { username: created.account.username, claimCode: created.claimCode };
}
