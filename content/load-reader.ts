import { send } from '../platform/send-message';
import { installedReader, type ReaderModule } from './reader-module';

/**
 * The reader for this frame: the one already injected, or one the background injects now
 * at the detector's request (background/reader-requests.ts). The reason when there is
 * none: the background refused, or the browser no longer lets Parallax into the page.
 */
export async function loadReader(): Promise<ReaderModule | string> {
  const present = installedReader();
  if (present) return present;
  const response = await send('reader:load', {}).catch(() => undefined);
  if (!response?.ok) return response?.error ?? 'Parallax could not load its reader on this page';
  return installedReader() ?? 'Parallax could not load its reader on this page';
}
