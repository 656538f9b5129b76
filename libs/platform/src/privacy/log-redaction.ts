import { sensitiveFieldNames } from './sensitive';

/**
 * Request-body and object fields that hold personal data or secrets. The request serializer already logs
 * only id, method and url; this list catches the same fields when code logs an object or an error that
 * carries them (`logger.warn({ body }, ...)`).
 */
export const PERSONAL_LOG_FIELDS: readonly string[] = [
  'email',
  'password',
  'newPassword',
  'currentPassword',
  'displayName',
  'phone',
  'username',
  'code',
  'token',
  'refreshToken',
  'accessToken',
];

/** How deep under the logged object a field is still found (`body.email`, `job.data.email`). */
const DEPTH = 3;

/** The pino `redact.paths`: credential headers, then every personal and sensitive field at any depth up to DEPTH. */
export function logRedactionPaths(): string[] {
  const fields = [...new Set([...PERSONAL_LOG_FIELDS, ...sensitiveFieldNames()])];
  const paths = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];
  for (const field of fields) {
    for (let depth = 0; depth <= DEPTH; depth += 1) paths.push([...Array<string>(depth).fill('*'), field].join('.'));
  }
  return paths;
}
