import type { Request } from 'express';
import type { IocContainer, IocContainerFactory } from '@tsoa/runtime';

type ControllerClass = new (services: unknown) => unknown;

/**
 * tsoa builds a controller per request through this factory. Each app instance carries its own
 * services in `app.locals.services`, so several instances (tests, the embedded default) never share
 * state through a module-level container.
 */
export const iocContainer: IocContainerFactory<Request> = (request) =>
  ({
    get: (controller: ControllerClass) => new controller(request.app.locals.services),
  }) as IocContainer;
