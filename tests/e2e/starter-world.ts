import { parseStarterSet } from '../../core/starter/starter-outlet';
import { balancedDozen } from '../../core/starter/balanced-dozen';
import data from '../fixtures/starter-world/starter-set.json';
import { WORLD } from '../fixtures/starter-world/world';

/**
 * What the starter-set suites expect of the fixture world: the builds made with its
 * starter set (the test build, `npm run build:test`), the balanced dozen it yields, and which of
 * those outlets report the event.
 */

export { TEST_BUILD_CHROME as STARTER_CHROME, TEST_BUILD_FIREFOX as STARTER_FIREFOX } from './test-build';

export const DOZEN = balancedDozen(parseStarterSet(data).outlets);
const behaviour = (id: string) => WORLD.find((o) => o.id === id)!.behaviour;
const names = (wanted: string[]) => DOZEN.filter((o) => wanted.includes(behaviour(o.id))).map((o) => o.name);

/** The article the reader opens: the wire's account of the event. */
export const OPENED = DOZEN.find((o) => behaviour(o.id) === 'covers')!;
export const ARTICLE_URL = `${OPENED.site}story/orvena-dam.html`;
/** Other outlets of the dozen with an account of the event (the slow one too, once it answers). */
export const OTHER_ACCOUNTS = names(['covers', 'slow']).filter((name) => name !== OPENED.name);
/** Outlets of the dozen that published those days, but not the event. */
export const NOT_COVERED = names(['quiet']);
export const DEAD = DOZEN.find((o) => behaviour(o.id) === 'dead')!;
export const HTML_FEED = DOZEN.find((o) => behaviour(o.id) === 'html-feed')!;
export const SLOW = DOZEN.find((o) => behaviour(o.id) === 'slow')!;
/** Match patterns of the dozen's sites: what the one prompt asks for. */
export const DOZEN_ORIGINS = DOZEN.map((o) => `http://${new URL(o.site).hostname}/*`);

export const hostsOf = (outlets: typeof DOZEN) => outlets.map((o) => new URL(o.site).hostname);
