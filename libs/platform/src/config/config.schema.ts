import { z } from 'zod';

const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((value) => protocols.some((p) => value.startsWith(`${p}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

/** Signs access tokens in development and tests only: it is in the source code, so production refuses it. */
export const DEV_JWT_SECRET = 'werkpunt-development-only-secret-do-not-use-in-production';

/**
 * Every setting the platform reads from its environment. Keep `.env.example` and the README's
 * configuration table in step with this list.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    PUBLIC_URL: url(['http', 'https']).default('http://localhost:3000'),
    DATABASE_URL: url(['postgres', 'postgresql']).default('postgres://postgres@127.0.0.1:5432/werkpunt'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9:_-]+$/i, 'only letters, digits, ":", "_" and "-"')
      .default('werkpunt'),
    SEARCH_ENGINE: z.enum(['postgres', 'meilisearch']).default('postgres'),
    MEILI_HOST: url(['http', 'https']).optional(),
    MEILI_API_KEY: z.string().min(1).optional(),
    // Matching weights overriding the defaults, e.g. "distance=20,freshness=0" (libs/matching checks the names).
    MATCH_WEIGHTS: z
      .string()
      .regex(/^[a-zA-Z]+=\d+(\.\d+)?(,[a-zA-Z]+=\d+(\.\d+)?)*$/, 'a list like "distance=20,freshness=0"')
      .optional(),
    SMTP_URL: url(['smtp', 'smtps']).default('smtp://127.0.0.1:1025'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
    BULL_BOARD_ENABLED: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_JWT_SECRET),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    COOKIE_SECURE: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    LOGIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(10),
    LOGIN_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(100),
    INACTIVITY_WARN_MONTHS: z.coerce.number().int().min(1).max(120).default(18),
    INACTIVITY_ERASE_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  })
  .superRefine((value, ctx) => {
    if (value.SEARCH_ENGINE === 'meilisearch' && !value.MEILI_HOST) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['MEILI_HOST'],
        message: 'is required when SEARCH_ENGINE=meilisearch',
      });
    }
    if (value.INACTIVITY_ERASE_MONTHS <= value.INACTIVITY_WARN_MONTHS) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['INACTIVITY_ERASE_MONTHS'],
        message: 'must be more than INACTIVITY_WARN_MONTHS (people are warned before their account is erased)',
      });
    }
    if (value.NODE_ENV === 'production' && value.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['JWT_SECRET'],
        message: 'must be set to a secret of your own in production (the built-in value is public)',
      });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;
