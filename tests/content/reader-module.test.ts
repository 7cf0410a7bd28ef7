import { describe, expect, test } from 'vitest';
import { installedReader, installReader, type ReaderModule } from '../../content/reader-module';

/** The detector takes the reader from the isolated world only while the extension that injected it is alive. */

function fakeReader(valid: () => boolean): ReaderModule {
  const unused = () => {
    throw new Error('not called here');
  };
  return { isValid: valid, readArticle: unused, highlightFlags: unused, createFlagCard: unused };
}

describe('installedReader', () => {
  test('is none before the reader is injected', () => {
    expect(installedReader({})).toBeNull();
  });

  test('is the reader injected into this world', () => {
    const scope = {};
    const reader = fakeReader(() => true);
    installReader(reader, scope);
    expect(installedReader(scope)).toBe(reader);
  });

  test('is none once the extension that injected it was reloaded, and a new injection takes its place', () => {
    const scope = {};
    let alive = true;
    installReader(fakeReader(() => alive), scope);
    alive = false;
    expect(installedReader(scope)).toBeNull();
    const fresh = fakeReader(() => true);
    installReader(fresh, scope);
    expect(installedReader(scope)).toBe(fresh);
  });
});
