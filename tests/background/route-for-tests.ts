import { routeMessage, type MessageRoutes, type RouterDeps } from '../../background/message-router';
import type { RequestSender } from '../../core/protocol/senders';
import { reportBudget } from '../../background/report-policy';

/** Routes with no feed service and a reader that never loads: for tests of the library's and articles' requests. */
export function noRoutes(): MessageRoutes {
  return {
    feeds: () => Promise.reject(new Error('no feed service in this test')),
    afterReport: () => undefined,
    reader: { load: () => Promise.resolve(false), budget: reportBudget() },
  };
}

/** One message through the background's router, as the browser's listener sends it. */
export function handleRequest(message: unknown, sender: RequestSender, deps: RouterDeps) {
  return routeMessage(message, sender, deps, noRoutes());
}

/** The deps a library test leaves out: no badge, no clock, the default budget. */
export function libraryOnly(deps: Pick<RouterDeps, 'db' | 'extensionId'> & Partial<RouterDeps>): RouterDeps {
  return { now: () => 5, setBadge: () => undefined, reports: reportBudget(), ...deps };
}
