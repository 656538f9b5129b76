// Path parameters shared by the employers' controllers, described once for the OpenAPI document.

export const EMPLOYER_ID_PARAM = {
  name: 'id',
  format: 'uuid',
  description: 'The organisation’s id',
  example: '5b0c1d7e-8f2a-4b3c-9d4e-1f2a3b4c5d6e',
} as const;

export const SITE_ID_PARAM = { name: 'siteId', format: 'uuid', description: 'The site’s id' } as const;
