import { build } from 'esbuild';

/**
 * Bundles a bench's page module for Chromium as one classic script that sets
 * `globalName` on the page: the browser benches drive modules of the project inside a
 * served page, where nothing resolves bare imports.
 */
export async function bundleForPage(entry: string, globalName: string, outfile: string): Promise<void> {
  await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName, target: 'chrome120', outfile, logLevel: 'silent' });
}
