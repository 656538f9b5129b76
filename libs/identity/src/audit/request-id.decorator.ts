import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The request id pino-http assigned (also in the X-Request-Id header), for audit rows. */
export const RequestId = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  const id = context.switchToHttp().getRequest<{ id?: string | number }>().id;
  return id === undefined ? null : String(id);
});
