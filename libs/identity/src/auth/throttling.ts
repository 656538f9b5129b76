import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import { AppConfig } from '@werkpunt/platform';
import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';

export const PER_ACCOUNT = 'per-account';
export const PER_IP = 'per-ip';
const WINDOW_MS = 60_000;

/**
 * Attempts counted per account (the e-mail or login name in the body) and per client address, in Redis so every
 * API replica sees the same counts. Keys live under the queue prefix (one namespace per deployment
 * and per test run) and hold a hash, never the e-mail address itself.
 */
export function throttlerOptions(config: AppConfig, redis: Redis): ThrottlerModuleOptions {
  return {
    storage: new ThrottlerStorageRedisService(redis),
    generateKey: (context, tracker, name) =>
      `${config.redis.queuePrefix}:throttle:${name}:${sha256(`${context.getClass().name}.${context.getHandler().name}:${tracker}`)}`,
    throttlers: [
      {
        name: PER_ACCOUNT,
        ttl: WINDOW_MS,
        limit: config.auth.loginLimitPerAccount,
        getTracker: (request) => accountIn(request as Request) ?? '',
        skipIf: (context) => accountIn(context.switchToHttp().getRequest<Request>()) === undefined,
      },
      { name: PER_IP, ttl: WINDOW_MS, limit: config.auth.loginLimitPerIp },
    ],
  };
}

/** The account an attempt is aimed at; the same person by e-mail or by login name counts separately. */
function accountIn(request: Request): string | undefined {
  const body = request.body as { email?: unknown; username?: unknown } | undefined;
  for (const [kind, value] of [
    ['email', body?.email],
    ['username', body?.username],
  ] as const) {
    if (typeof value === 'string' && value.trim()) return `${kind}:${value.trim().toLowerCase()}`;
  }
  return undefined;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Applied per route (login, claim, password reset), not globally. Answers 429 with a plain Retry-After. */
@Injectable()
export class AttemptThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new ThrottlerException(`Too many attempts. Wait ${retryAfter} seconds and try again.`);
  }
}
