import type { Handlers } from '../ipc/handlers';
import { createRouter, type Router } from '../ipc/router';
import { ServiceContext, type ServiceConfig } from './context';
import { lock, sessionStatus, setUp, unlock } from './sessionService';
import { createYouth, listAllLocations, listAllYouths } from './youthService';

export interface AppServices {
  context: ServiceContext;
  handlers: Handlers;
  router: Router;
  close(): void;
}

/** Wires every contract call to its service. The Electron shell and the tests both start here. */
export function createAppServices(config: ServiceConfig): AppServices {
  const context = new ServiceContext(config);
  const handlers: Handlers = {
    session: {
      status: () => sessionStatus(context),
      setup: (input) => context.exclusive(() => setUp(context, input)),
      unlock: (input) => context.exclusive(() => unlock(context, input)),
      lock: () => context.exclusive(() => lock(context)),
    },
    youths: {
      list: () => listAllYouths(context),
      create: (input) => createYouth(context, input),
    },
    locations: {
      list: () => listAllLocations(context),
    },
  };
  return { context, handlers, router: createRouter(handlers, config.logger), close: () => context.end() };
}
