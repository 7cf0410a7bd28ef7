import { describe, expect, test, vi } from 'vitest';
import { serialised, syncReaderScript, type AutoReadApi, type RegisteredScript } from '../../background/content-script-registration';
import { EVERY_SITE_PATTERNS, sitePatterns } from '../../core/settings/auto-read-patterns';
import type { AutoReadMode } from '../../core/settings/settings';

function fakeApi(mode: AutoReadMode, sites: string[], granted: string[], registered: RegisteredScript[] = []) {
  return {
    settings: () => Promise.resolve({ autoRead: mode, autoReadSites: sites }),
    grantedOrigins: () => Promise.resolve(granted),
    registered: () => Promise.resolve(registered),
    register: vi.fn<AutoReadApi['register']>(() => Promise.resolve()),
    update: vi.fn<AutoReadApi['update']>(() => Promise.resolve()),
    unregister: vi.fn<AutoReadApi['unregister']>(() => Promise.resolve()),
  } satisfies AutoReadApi;
}

describe('syncReaderScript', () => {
  test('registers for every site once it is chosen and granted', async () => {
    const api = fakeApi('everywhere', [], [...EVERY_SITE_PATTERNS]);
    expect(await syncReaderScript(api)).toBe('registered');
    expect(api.register).toHaveBeenCalledWith([...EVERY_SITE_PATTERNS]);
  });

  test('unregisters when the access is withdrawn', async () => {
    const api = fakeApi('everywhere', [], [], [{ id: 'parallax-reader', matches: [...EVERY_SITE_PATTERNS] }]);
    expect(await syncReaderScript(api)).toBe('unregistered');
    expect(api.unregister).toHaveBeenCalled();
  });

  test('unregisters when the reader turns it off, even with access still granted', async () => {
    const api = fakeApi('off', [], [...EVERY_SITE_PATTERNS], [{ id: 'parallax-reader', matches: [...EVERY_SITE_PATTERNS] }]);
    expect(await syncReaderScript(api)).toBe('unregistered');
  });

  test('updates the matches when the chosen sites change', async () => {
    const api = fakeApi('chosen', ['a.org', 'b.org'], [...sitePatterns('a.org'), ...sitePatterns('b.org')], [
      { id: 'parallax-reader', matches: sitePatterns('a.org') },
    ]);
    expect(await syncReaderScript(api)).toBe('updated');
    expect(api.update).toHaveBeenCalledWith([...sitePatterns('a.org'), ...sitePatterns('b.org')]);
  });

  test('leaves a registration that is already right alone', async () => {
    const api = fakeApi('chosen', ['a.org'], sitePatterns('a.org'), [{ id: 'parallax-reader', matches: [...sitePatterns('a.org')].reverse() }]);
    expect(await syncReaderScript(api)).toBe('unchanged');
    expect(api.register).not.toHaveBeenCalled();
    expect(api.update).not.toHaveBeenCalled();
  });

  test('nothing wanted and nothing registered: nothing to do', async () => {
    expect(await syncReaderScript(fakeApi('off', [], []))).toBe('unchanged');
  });
});

describe('serialised', () => {
  test('calls during a run fold into one more run, never two at once', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const sync = serialised(async () => {
      running++;
      runs++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    });
    await Promise.all([sync(), sync(), sync(), sync()]);
    expect(most).toBe(1);
    expect(runs).toBe(2);
  });

  test('a failed run does not stop later ones', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let calls = 0;
    const sync = serialised(() => (++calls === 1 ? Promise.reject(new Error('duplicate script id')) : Promise.resolve()));
    await sync();
    await sync();
    expect(calls).toBe(2);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
