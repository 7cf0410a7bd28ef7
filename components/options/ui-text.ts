import type { FlagCategory } from '../../core/article';

/**
 * Every word the options page shows, in one place so it can be translated. Messages
 * that come from the framing engine (why a phrase is refused) are shown as they come.
 */

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export const uiText = {
  brand: 'Parallax',
  pageTitle: 'Settings',
  navLabel: 'Settings sections',
  sections: {
    library: 'Library',
    lexicon: 'Lexicon',
    sites: 'Sites',
    privacy: 'Privacy & data',
  },
  opensInNewTab: '(opens in a new tab)',
  settingsNotSaved: 'The setting could not be saved. Try again.',

  library: {
    intro: 'Articles you opened, kept on this device so Parallax can find other accounts of the same event.',
    count: (n: number) => plural(n, 'article', 'articles'),
    storage: (used: string) => `${used} used on this device`,
    searchLabel: 'Search the library',
    searchPlaceholder: 'Title, outlet or words in the text',
    searchButton: 'Search',
    outletLabel: 'Outlet',
    allOutlets: 'All outlets',
    outletOption: (name: string, count: number) => `${name} (${count.toLocaleString()})`,
    fromLabel: 'From',
    toLabel: 'To',
    dateHint: 'Published date, or the day you opened it when the page gave none.',
    clearFilters: 'Clear filters',
    resultsLabel: 'Articles',
    selectAll: 'Select all shown',
    selectOne: (title: string) => `Select “${title}”`,
    deleteSelected: (n: number) => (n === 0 ? 'Delete selected' : `Delete ${plural(n, 'article', 'articles')}`),
    deleted: (n: number) => `Deleted ${plural(n, 'article', 'articles')}.`,
    deleteFailed: (error: string) => `Deleting failed: ${error}`,
    savedByHand: 'Saved by you',
    untitled: 'Untitled article',
    published: (day: string) => day,
    opened: (day: string) => `opened ${day}`,
    loading: 'Searching…',
    showMore: 'Show more',
    emptyLibrary: 'Your library is empty. News articles you open are kept here, unless automatic saving is off.',
    noResults: 'No article matches.',
    scanLimited: 'Only the newest 20,000 articles were searched.',
    searchFailed: (error: string) => `The library could not be searched: ${error}`,
    shown: (shown: number, more: boolean) => `${plural(shown, 'article', 'articles')} shown${more ? '; there are more' : ''}.`,
  },

  lexicon: {
    intro:
      'The phrases Parallax flags on news pages. Switch off a kind of framing, mute single phrases, or add your own.',
    categoriesHeading: 'Kinds of framing',
    categoriesHint: 'Switched-off kinds are not highlighted anywhere.',
    phraseCount: (n: number) => plural(n, 'phrase', 'phrases'),
    mutedHeading: 'Muted phrases',
    noMuted: 'No phrase is muted.',
    builtinHeading: 'Built-in phrases',
    filterLabel: 'Filter phrases',
    filterPlaceholder: 'Phrase, explanation or neutral wording',
    filterCount: (n: number) => `${plural(n, 'phrase', 'phrases')} ${n === 1 ? 'matches' : 'match'}.`,
    noneMatch: 'No phrase matches the filter.',
    neutral: 'Neutral:',
    mute: 'Mute',
    unmute: 'Unmute',
    muteLabel: (phrase: string) => `Mute “${phrase}”`,
    unmuteLabel: (phrase: string) => `Unmute “${phrase}”`,
    muted: 'Muted',
    categoryOff: 'switched off',
    ownHeading: 'Your own phrases',
    ownEmpty: 'You have not added any phrase yet.',
    addHeading: 'Add a phrase',
    phraseLabel: 'Phrase',
    /** How the engine's messages name the phrase being added. */
    newPhraseLabel: 'Your phrase',
    categoryLabel: 'Kind of framing',
    explanationLabel: 'Explanation (optional)',
    explanationHint: 'One line a reader understands. A general one is used when left empty.',
    neutralLabel: 'Neutral wordings (optional)',
    neutralHint: 'One per line.',
    add: 'Add phrase',
    added: (phrase: string) => `Added “${phrase}”.`,
    remove: 'Remove',
    removeLabel: (phrase: string) => `Remove “${phrase}”`,
    removed: (phrase: string) => `Removed “${phrase}”.`,
    duplicateOwn: (phrase: string) => `“${phrase}” is already one of your phrases.`,
    duplicateBuiltin: (phrase: string, category: string) =>
      `“${phrase}” is already in the built-in lexicon (${category}). Unmute it there instead.`,
    unreadable: 'An entry that cannot be read',
    exportButton: 'Export as JSON',
    importButton: 'Import JSON…',
    importHint: 'Imported phrases are added to yours; one with the same id replaces yours.',
    exportNothing: 'There are no phrases of your own to export.',
    imported: (n: number) => `Imported ${plural(n, 'phrase', 'phrases')}.`,
    importRefused: (reason: string) => `The file was not imported, nothing changed: ${reason}`,
    importTooBig: 'the file is larger than 2 MB.',
    importNotJson: 'it is not a JSON file.',
    importShape: 'it holds no list of phrases (expected {"entries": [...]}).',
    importEmpty: 'it holds no phrase.',
    importTooMany: (max: number) => `it holds more than ${max.toLocaleString()} phrases.`,
    importErrors: (errors: string[], more: number) => `${errors.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}.`,
  },

  categories: {
    label: 'Labels',
    verdict: 'Moral verdicts',
    euphemism: 'Euphemisms',
    attribution: 'Loaded attribution',
    weasel: 'Unnamed sources',
    hyperbole: 'Hyperbole',
    'scare-quote': 'Scare quotes',
    appeal: 'Fear or flag appeals',
  } satisfies Record<FlagCategory, string>,

  autoRead: {
    heading: 'Automatic reading',
    intro:
      'Parallax can read news articles as you open them, or only when you click its toolbar button. Reading a page automatically needs your browser’s permission for that site; Parallax asks only when you choose it here.',
    modeLabel: 'When Parallax reads a page',
    off: 'Only when I click the Parallax button',
    offHint: 'Nothing to allow. The button reads the page you are on, once.',
    everywhere: 'On every site I visit',
    everywhereHint: 'Your browser will ask you to let Parallax read and change data on all websites. Pages that are not news articles are left alone after a quick look.',
    chosen: 'Only on sites I choose',
    chosenHint: 'Your browser asks once for each site you add.',
    status: {
      off: 'Parallax reads a page only when you click its toolbar button.',
      on: 'Parallax reads news articles automatically as you open them.',
      partly: 'Some of your sites are missing their permission. Add them again to allow them.',
      'needs-access': 'Your browser no longer allows Parallax to read these sites. Choose the option again to allow it.',
    },
    statusChosen: (sites: string[]) => `Parallax reads news articles automatically on ${sites.join(', ')}.`,
    denied: 'Your browser did not allow it, so nothing changed.',
    siteLabel: 'Read automatically on',
    sitePlaceholder: 'example.com',
    addSite: 'Allow',
    siteAdded: (site: string) => `Parallax reads ${site} automatically now.`,
    siteRemoved: (site: string) => `Parallax no longer reads ${site} automatically.`,
    sitesLabel: 'Sites read automatically',
    noSites: 'No sites yet. Add the news sites you read.',
    removeSite: 'Remove',
    removeSiteLabel: (site: string) => `Stop reading ${site} automatically`,
    waiting: (site: string) => `${site} (waiting for permission)`,
    duplicateSite: (site: string) => `${site} is already in the list.`,
  },

  sites: {
    intro: 'Sites where Parallax does not highlight framing. Articles there are still read and kept in your library.',
    empty: 'Highlights are on everywhere.',
    listLabel: 'Sites with highlights off',
    addLabel: 'Switch highlights off on',
    addPlaceholder: 'example.com',
    add: 'Add site',
    added: (site: string) => `Highlights are off on ${site}.`,
    remove: 'Turn back on',
    removeLabel: (site: string) => `Turn highlights back on for ${site}`,
    removed: (site: string) => `Highlights are on again on ${site}.`,
    invalid: 'Enter a site name such as example.com, or a web address.',
    duplicate: (site: string) => `Highlights are already off on ${site}.`,
  },

  outlets: {
    heading: 'Outlets you follow',
    intro:
      'Parallax checks the news feeds of the outlets you follow in the background, so their stories are in your library when you read another account of the same event. Nothing is fetched from a site you did not add.',
    followHeading: 'Follow an outlet',
    addressLabel: 'Site or feed address',
    addressPlaceholder: 'example.com or https://example.com/rss',
    addressHint: 'Your browser asks you to let Parallax read that site. Parallax then finds its news feeds.',
    follow: 'Follow',
    followBusy: 'Looking for feeds…',
    lookingFor: (host: string) => `Looking for the news feeds of ${host}…`,
    invalid: 'Enter a site such as example.com, or the address of its feed.',
    denied: (hosts: string) => `Your browser did not allow Parallax to read ${hosts}, so nothing changed.`,
    followed: (name: string) => `Following ${name}. Its stories will appear in your library.`,
    followFailed: (error: string) => `The outlet could not be followed: ${error}`,
    needsOrigins: (hosts: string) => `Its feed is on ${hosts}. Allow Parallax to read it too.`,
    allow: (hosts: string) => `Allow ${hosts}`,
    intervalLabel: 'Check every',
    intervalOption: (minutes: number) =>
      minutes < 60 ? `${minutes} min` : minutes % 60 === 0 ? plural(minutes / 60, 'hour', 'hours') : `${Math.floor(minutes / 60)} h ${minutes % 60} min`,
    intervalSet: (every: string) => `Parallax checks your outlets every ${every}.`,
    checkAll: 'Check all now',
    checkingAll: 'Checking every outlet now…',
    listLabel: 'Outlets you follow',
    loading: 'Loading your outlets…',
    empty: 'You don’t follow any outlet yet.',
    listFailed: (error: string) => `Your outlets could not be read: ${error}`,
    actionFailed: (error: string) => `That did not work: ${error}`,
    status: {
      paused: 'Paused',
      notChecked: 'Not checked yet',
      firstCheck: 'Checking for the first time…',
      checking: 'Checking now…',
      checked: (ago: string) => `Checked ${ago}`,
      stories: (n: number) => plural(n, 'story', 'stories'),
      inLibrary: (n: number) => `${n.toLocaleString()} in your library`,
    },
    ago: {
      now: 'just now',
      minutes: (n: number) => `${plural(n, 'minute', 'minutes')} ago`,
      hours: (n: number) => `${plural(n, 'hour', 'hours')} ago`,
      days: (n: number) => `${plural(n, 'day', 'days')} ago`,
    },
    lastError: (error: string) => `Last check: ${error}`,
    missing: (hosts: string) => `Your browser no longer lets Parallax read ${hosts}, so this outlet is not checked.`,
    allowAgain: 'Allow again',
    allowAgainLabel: (name: string) => `Allow Parallax to read ${name} again`,
    allowedAgain: (name: string) => `Parallax may read ${name} again and is checking it now.`,
    fullText: 'Fetch full articles',
    fullTextFor: (name: string) => ` from ${name}`,
    fullTextHint: 'Parallax opens each new story’s page in the background to read its full text, not just the feed’s summary.',
    fullTextOn: (name: string) => `Parallax fetches the full articles of ${name}.`,
    fullTextOff: (name: string) => `Parallax keeps only the feed’s summaries of ${name}.`,
    rename: 'Rename',
    renameLabel: (name: string) => `Rename ${name}`,
    nameLabel: (name: string) => `New name for ${name}`,
    nameEmpty: 'Enter a name.',
    save: 'Save',
    cancel: 'Cancel',
    renamed: (name: string) => `Renamed to ${name}.`,
    pause: 'Pause',
    pauseLabel: (name: string) => `Pause ${name}`,
    paused: (name: string) => `Paused ${name}. Its feeds are not checked until you resume it.`,
    resume: 'Resume',
    resumeLabel: (name: string) => `Resume ${name}`,
    resumed: (name: string) => `Resumed ${name}.`,
    checkNow: 'Check now',
    checkNowLabel: (name: string) => `Check ${name} now`,
    checking: (name: string) => `Checking ${name} now…`,
    remove: 'Stop following',
    removeLabel: (name: string) => `Stop following ${name}`,
    confirmHeading: (name: string) => `Stop following ${name}?`,
    confirmText: 'Parallax will no longer check its feeds.',
    deleteArticles: (n: number) => `Also delete its ${plural(n, 'article', 'articles')} from the library`,
    confirm: 'Confirm',
    removed: (name: string, deleted: boolean) =>
      `Stopped following ${name}. ${deleted ? 'Its articles were deleted from your library.' : 'Its articles stay in your library.'}`,
  },

  privacy: {
    intro: 'What Parallax keeps, where it keeps it, and how to remove it.',
    autoSaveHeading: 'Automatic saving',
    autoSave: 'Keep every news article I open in my library',
    autoSaveHint:
      'When this is off, Parallax still flags framing and finds other accounts already in your library, but keeps an article only when you press Save in its popup.',
    storedHeading: 'What Parallax stores',
    stored: [
      'Articles you open that look like news: their address, title, outlet, author, date, text and the framing flags found in them, with when you opened them.',
      'Your settings: automatic saving, sites with highlights off, switched-off kinds of framing, muted phrases and your own phrases.',
    ],
    localHeading: 'Nothing leaves your machine',
    local:
      'Everything is kept in this browser’s storage on this device. There is no account, no telemetry and no server: Parallax makes no network request of its own; the only pages loaded are the ones you open.',
    clearHeading: 'Clear everything',
    clearIntro: 'Delete the whole library and put every setting back to its default.',
    clearButton: 'Clear everything…',
    confirmHeading: 'Delete everything?',
    confirmText: (articles: string) =>
      `This deletes ${articles} and resets every setting, including your own and muted phrases. It cannot be undone.`,
    confirmUnknownCount: 'every article in your library',
    confirmButton: 'Yes, delete everything',
    cancel: 'Cancel',
    cleared: 'Everything was cleared. Your library is empty and the settings are back to their defaults.',
    clearFailed: (error: string) => `Clearing failed: ${error}`,
  },

  storage: {
    heading: 'Storage on this device',
    used: (used: string, quota: string, percent: string) => `${used} used of ${quota} this browser allows Parallax (${percent}).`,
    usedOnly: (used: string) => `${used} used.`,
    meterLabel: 'Share of the storage allowed that is used',
    unknown: 'This browser does not say how much storage Parallax uses.',
    nearlyFull: (percent: string) =>
      `Storage is ${percent} full. When it runs out, Parallax can no longer keep new articles. Export your library first (below), then delete old articles in the Library section.`,
  },

  transfer: {
    heading: 'Export and import',
    intro:
      'Keep a copy of your library and settings in one file, or move them to another browser. The file holds the text of every article you kept: store it as privately as the browser itself.',
    exportButton: 'Export library and settings',
    exporting: (done: number, total: number) => `Exporting… ${done.toLocaleString()} of ${plural(total, 'article', 'articles')}`,
    exported: (n: number, name: string) => `Exported ${plural(n, 'article', 'articles')} and your settings to ${name}.`,
    exportFailed: (error: string) => `The export failed: ${error}`,
    modeLegend: 'When importing a file',
    merge: 'Merge it into my library',
    mergeHint: 'Articles new to you are added. An article in both keeps the more recent copy. Muted phrases, sites and your own phrases are added to yours.',
    replace: 'Replace my library with it',
    replaceHint: 'Every article in your library now is deleted, and your settings become the file’s.',
    importButton: 'Import a library file…',
    reading: 'Reading the file…',
    importRefused: (reason: string) => `The file was not imported, nothing changed: ${reason}`,
    tooBig: (size: string) => `the file is ${size}; files over 100 MB are not read.`,
    unreadable: 'the file could not be read.',
    confirmHeading: (mode: 'merge' | 'replace') => (mode === 'merge' ? 'Merge this file into your library?' : 'Replace your library with this file?'),
    confirmText: (name: string, articles: number, exported: string) =>
      `${name} holds ${plural(articles, 'article', 'articles')} and settings, exported ${exported}.`,
    confirmReplace: (current: string) => `This deletes ${current} now in your library and replaces your settings. It cannot be undone.`,
    confirmReplaceEmpty: 'Your library is empty; your settings are replaced by the file’s. It cannot be undone.',
    confirmUnknownCount: 'every article',
    confirmMerge: 'Merge',
    confirmReplaceButton: 'Replace my library',
    cancel: 'Cancel',
    sending: (done: number, total: number) => `Importing… ${done.toLocaleString()} of ${plural(total, 'article', 'articles')} checked`,
    writing: (done: number, total: number) =>
      `Writing to the library… ${done.toLocaleString()} of ${plural(total, 'article', 'articles')}. Keep this page open until it is done.`,
    imported: (added: number, updated: number, count: number) =>
      `Imported: ${plural(added, 'new article', 'new articles')}, ${plural(updated, 'article', 'articles')} updated. Your library holds ${plural(count, 'article', 'articles')}.`,
    importFailed: (error: string) => `The import failed and nothing changed: ${error}`,
    settingsFailed: 'The articles were imported, but the settings could not be saved. Try the import again to bring them in.',
  },
} as const;

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toLocaleString(undefined, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

/** A day as the reader's locale writes it, from YYYY-MM-DD or an ISO time (the outlet's own day is kept). */
export function formatDay(isoOrMillis: string | number | null): string | null {
  if (isoOrMillis === null) return null;
  const day =
    typeof isoOrMillis === 'number'
      ? new Date(isoOrMillis).toISOString().slice(0, 10)
      : /^\d{4}-\d{2}-\d{2}/.exec(isoOrMillis)?.[0];
  if (!day) return null;
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}
