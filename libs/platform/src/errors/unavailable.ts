// Errors that mean "a backing service is unreachable right now": the client should retry later (503),
// and the pool / client reconnects by itself once the service is back.
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  // PostgreSQL SQLSTATE: connection exceptions and server shutting down / starting up.
  '08000',
  '08001',
  '08003',
  '08006',
  '57P01',
  '57P02',
  '57P03',
]);

const CONNECTION_ERROR_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection (is )?(closed|lost)/i,
  /stream isn't writeable/i,
  /connection is closed/i,
  /reached the max retries per request/i,
  /Client has encountered a connection error/i,
];

export type UnavailableService = 'database' | 'queue' | 'search' | 'unknown';

/** Walks the error and its causes (TypeORM wraps driver errors) looking for a connection failure. */
export function findUnavailableService(error: unknown): UnavailableService | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const candidate = current as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    const code = typeof candidate.code === 'string' ? candidate.code : undefined;
    const message = typeof candidate.message === 'string' ? candidate.message : '';
    if ((code && CONNECTION_ERROR_CODES.has(code)) || CONNECTION_ERROR_MESSAGES.some((re) => re.test(message))) {
      return serviceOf(current, error);
    }
    current = candidate.driverError ?? candidate.cause;
  }
  return undefined;
}

function serviceOf(found: object, original: unknown): UnavailableService {
  const text = `${(found as Error).stack ?? ''} ${(original as Error)?.stack ?? ''}`;
  if (/ioredis|bullmq/i.test(text) || /writeable|max retries per request/i.test((found as Error).message ?? ''))
    return 'queue';
  if (/node_modules[\\/](pg|pg-pool|typeorm)[\\/]/.test(text) || 'driverError' in (original as object))
    return 'database';
  if (/meilisearch/i.test(text)) return 'search';
  return 'unknown';
}

/** Thrown on purpose by code that knows a dependency is down (e.g. a readiness probe). */
export class ServiceUnavailableError extends Error {
  constructor(
    public readonly service: UnavailableService,
    message = `The ${service} is unavailable`,
  ) {
    super(message);
    this.name = 'ServiceUnavailableError';
  }
}
