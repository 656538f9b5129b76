import { INestApplicationContext, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC_KEY } from '@werkpunt/platform';
import { POLICY_METADATA, RoutePolicy } from './policy.decorator';

/** One HTTP route of the application with what it declares about access. */
export interface DeclaredRoute {
  /** e.g. "GET /api/v1/clients/:accountId/consents": the key of route tables in tests. */
  key: string;
  method: string;
  path: string;
  controller: string;
  handler: string;
  isPublic: boolean;
  policy: RoutePolicy | null;
  /** Route parameters, e.g. ["accountId"]. */
  params: string[];
}

/**
 * Every route Nest serves, read from the controllers' metadata the same way the router reads it, with
 * its @Public/@Policy declaration. The route-table e2e test fails on a route that declares neither.
 */
export function listDeclaredRoutes(app: INestApplicationContext): DeclaredRoute[] {
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: DeclaredRoute[] = [];
  for (const moduleRef of app.get(ModulesContainer).values()) {
    for (const wrapper of moduleRef.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const handlerName of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[handlerName] as () => unknown;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        for (const path of joinPaths(
          Reflect.getMetadata(PATH_METADATA, controller),
          Reflect.getMetadata(PATH_METADATA, handler),
        )) {
          const verb = RequestMethod[method];
          routes.push({
            key: `${verb} ${path}`,
            method: verb,
            path,
            controller: controller.name,
            handler: handlerName,
            isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [handler, controller]) === true,
            policy:
              reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_METADATA, [handler, controller]) ?? null,
            params: [...path.matchAll(/:(\w+)/g)].map((m) => m[1]),
          });
        }
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

function joinPaths(controllerPaths: unknown, handlerPaths: unknown): string[] {
  const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [String(value ?? '')]);
  return asList(controllerPaths).flatMap((base) =>
    asList(handlerPaths).map(
      (own) =>
        `/${[base, own]
          .map((p) => p.replace(/^\/+|\/+$/g, ''))
          .filter(Boolean)
          .join('/')}`,
    ),
  );
}
