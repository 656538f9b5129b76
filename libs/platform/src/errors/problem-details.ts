/** RFC 9457 problem details, the one error shape every client sees. */
export interface FieldError {
  /** Dotted path of the field in the request (body, query or params), e.g. `address.postcode`. */
  field: string;
  messages: string[];
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Stable problem type URIs: clients may switch on them, so never rename one. */
export const PROBLEM_TYPE_BASE = 'https://werkpunt.gent/problems/';

export function problemType(slug: string): string {
  return `${PROBLEM_TYPE_BASE}${slug}`;
}
