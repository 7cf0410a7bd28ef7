import type { ArticleReport } from '../../core/protocol/messages';

/** A broken or huge page, as a content script may report one. */
export function hostileReport(r: () => number, base: ArticleReport): ArticleReport {
  const kinds: Array<() => ArticleReport> = [
    () => ({ ...base, url: 'https://hostile.example/huge', text: 'lorem ipsum dolor sit amet '.repeat(11_000) }),
    () => ({ ...base, url: 'https://hostile.example/empty', title: null, siteName: null, byline: null, publishedTime: null, lang: null, text: '' }),
    () => ({ ...base, url: 'https://hostile.example/bad-date', publishedTime: 'yesterday-ish' }),
    () => ({ ...base, url: 'https://hostile.example/far-date', publishedTime: '+275760-09-13T00:00:00.000Z' }),
    () => ({ ...base, url: 'https://hostile.example/before-1970', publishedTime: '1969-07-20T20:17:00Z' }),
    () => ({ ...base, url: `https://hostile.example/${'long/'.repeat(400)}` }),
    () => ({ ...base, url: 'https://hostile.example/ünïcode?q=\u202e', title: '\ud800 lone surrogate \u0000 nul', text: `${base.text} \u202e\ufeff\ud83d` }),
    () => ({ ...base, url: 'https://hostile.example/flags', flags: Array.from({ length: 500 }, (_, i) => ({ entryId: `e${i}`, category: 'hyperbole' as const, text: 'x'.repeat(200), voice: 'outlet' as const, speaker: null })) }),
  ];
  return kinds[Math.floor(r() * kinds.length)]!();
}
