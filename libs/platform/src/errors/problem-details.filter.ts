import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problemType } from './problem-details';
import { findUnavailableService, ServiceUnavailableError } from './unavailable';
import { RequestValidationException } from './validation';

const SLUG_BY_STATUS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable-content',
  429: 'too-many-requests',
  500: 'internal-error',
  503: 'service-unavailable',
};

/** Turns every error into application/problem+json; never leaks a stack trace to the client. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string | number }>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request);

    if (problem.status >= 500) {
      const service = findUnavailableService(exception);
      this.logger.error(
        { err: exception, problem: problem.type, service },
        `${request.method} ${request.originalUrl} failed`,
      );
    }
    if (response.headersSent) return;
    if (problem.status === 503) response.setHeader('Retry-After', '5');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, request: Request & { id?: string | number }): ProblemDetails {
    const base = {
      instance: request.originalUrl ?? request.url,
      requestId: request.id !== undefined ? String(request.id) : undefined,
    };

    if (exception instanceof RequestValidationException) {
      return {
        type: problemType('validation-error'),
        title: 'Your request has invalid fields',
        status: HttpStatus.BAD_REQUEST,
        detail: exception.message,
        ...base,
        errors: exception.fieldErrors,
      };
    }

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const extensions = typeof body === 'object' && body !== null ? extractExtensions(body) : {};
      return {
        type: problemType(SLUG_BY_STATUS[status] ?? `http-${status}`),
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: detailOf(exception, body),
        ...base,
        ...extensions,
      };
    }

    const unavailable =
      exception instanceof ServiceUnavailableError ? exception.service : findUnavailableService(exception);
    if (unavailable) {
      return {
        type: problemType('service-unavailable'),
        title: 'Service Unavailable',
        status: HttpStatus.SERVICE_UNAVAILABLE,
        detail: 'A service the platform depends on is not reachable right now. Please try again in a moment.',
        ...base,
      };
    }

    return {
      type: problemType('internal-error'),
      title: 'Internal Server Error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: 'Something went wrong on our side. Quote the request id if you contact us.',
      ...base,
    };
  }
}

function detailOf(exception: HttpException, body: string | object): string {
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return exception.message;
}

// Terminus puts the state of each dependency under `details`; keep it, it is what an operator needs.
function extractExtensions(body: object): Record<string, unknown> {
  const details = (body as { details?: unknown }).details;
  return details && typeof details === 'object' ? { checks: details } : {};
}
