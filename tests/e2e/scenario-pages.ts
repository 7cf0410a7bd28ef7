/** The founding scenario's pages, shared by the Chromium and Firefox runs of it. */

/** Event A as the Northern Ledger told it: a clean layout, framing in the outlet's own voice. */
export const LEDGER = '/outlet-one/world/voskov-lin-temirsk-talks.html';
/** Event A as the Harbour Independent told it, amid heavy clutter. */
export const HARBOUR = '/outlet-two/news/valdoria-qiran-ties-finest-chapter.html';

/** Clutter on the Harbour page that must not reach the library (from tests/fixtures/expected). */
export const HARBOUR_CLUTTER = [
  'Sign up for our newsletter',
  '* indicates required',
  'Become a member',
  'This audio is created with AI assistance',
  'Keep reading',
  'Opinion: The Coastal Union needs one voice on Qiran',
];
