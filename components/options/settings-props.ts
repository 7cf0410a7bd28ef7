import type { Settings } from '../../core/settings/settings';
import type { SettingsHandle } from './use-settings';

/** What every settings section gets from the page. */
export interface SettingsProps {
  /** Null until read. */
  settings: Settings | null;
  update: SettingsHandle['update'];
}
