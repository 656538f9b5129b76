import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '../config/app-config';

export const OPENAPI_JSON_PATH = 'api/openapi.json';
export const OPENAPI_UI_PATH = 'api/docs';

export function buildOpenApiDocument(app: INestApplication, config: Pick<AppConfig, 'publicUrl'>): OpenAPIObject {
  const document = new DocumentBuilder()
    .setTitle('Werkpunt API')
    .setDescription(
      'Job matching and job fairs for the Werkpunten of the City of Ghent. ' +
        'Errors are application/problem+json (RFC 9457) with a requestId.',
    )
    .setVersion('1')
    .addServer(config.publicUrl)
    // "Authorize" in Swagger UI: paste the accessToken of POST /api/v1/auth/login.
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addCookieAuth('wp_refresh', { type: 'apiKey', in: 'cookie', name: 'wp_refresh' }, 'wp_refresh')
    .build();
  return SwaggerModule.createDocument(app, document);
}

/** Serves the OpenAPI 3 document and Swagger UI, generated from the controllers and DTOs. */
export function mountOpenApi(app: INestApplication, config: Pick<AppConfig, 'publicUrl'>): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, () => buildOpenApiDocument(app, config), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Werkpunt API',
  });
}
