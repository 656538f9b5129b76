import { configSchema, RawConfig } from './config.schema';

/** The typed, validated configuration every module receives through the APP_CONFIG token. */
export interface AppConfig {
  env: RawConfig['NODE_ENV'];
  port: number;
  publicUrl: string;
  database: { url: string; poolSize: number };
  redis: { url: string; queuePrefix: string };
  search: {
    engine: RawConfig['SEARCH_ENGINE'];
    meiliHost?: string;
    meiliApiKey?: string;
    /** Overrides of the default matching weights, by factor name. */
    matchWeights: Record<string, number>;
  };
  smtpUrl: string;
  logLevel: RawConfig['LOG_LEVEL'];
  shutdownTimeoutMs: number;
  worker: { concurrency: number };
  bullBoardEnabled: boolean;
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    /** Off only for plain-http development on localhost: browsers drop Secure cookies there. */
    cookieSecure: boolean;
    /** Login attempts per minute for one account (e-mail) and for one client address. */
    loginLimitPerAccount: number;
    loginLimitPerIp: number;
  };
  /** Accounts without a login for this long get one warning mail, then are erased. */
  inactivity: { warnAfterMonths: number; eraseAfterMonths: number };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once; a bad or missing value names each variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty string means "not set" (a blank line in .env), not an invalid value.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    publicUrl: c.PUBLIC_URL,
    database: { url: c.DATABASE_URL, poolSize: c.DATABASE_POOL_SIZE },
    redis: { url: c.REDIS_URL, queuePrefix: c.QUEUE_PREFIX },
    search: {
      engine: c.SEARCH_ENGINE,
      meiliHost: c.MEILI_HOST,
      meiliApiKey: c.MEILI_API_KEY,
      matchWeights: parseWeights(c.MATCH_WEIGHTS),
    },
    smtpUrl: c.SMTP_URL,
    logLevel: c.LOG_LEVEL,
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT_MS,
    worker: { concurrency: c.WORKER_CONCURRENCY },
    bullBoardEnabled: c.BULL_BOARD_ENABLED,
    auth: {
      jwtSecret: c.JWT_SECRET,
      accessTokenTtlSeconds: c.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: c.REFRESH_TOKEN_TTL_DAYS,
      cookieSecure: c.COOKIE_SECURE,
      loginLimitPerAccount: c.LOGIN_LIMIT_PER_ACCOUNT,
      loginLimitPerIp: c.LOGIN_LIMIT_PER_IP,
    },
    inactivity: { warnAfterMonths: c.INACTIVITY_WARN_MONTHS, eraseAfterMonths: c.INACTIVITY_ERASE_MONTHS },
  };
}

/** For process entry points: print what is wrong and stop, instead of a stack trace. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

function parseWeights(list: string | undefined): Record<string, number> {
  if (!list) return {};
  return Object.fromEntries(list.split(',').map((pair) => [pair.split('=')[0], Number(pair.split('=')[1])]));
}
