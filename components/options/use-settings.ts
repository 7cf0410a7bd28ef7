import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../platform/settings-store';

export interface SettingsHandle {
  /** Null until read. */
  settings: Settings | null;
  /** Applies a change to the latest stored settings; false when storage refused it. */
  update: (change: (current: Settings) => Settings) => Promise<boolean>;
}

/** The reader's settings, kept current when another page (the popup, another tab) changes them. */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = useCallback(async (change: (current: Settings) => Settings) => {
    try {
      setSettings(await updateSettings(change));
      return true;
    } catch {
      return false;
    }
  }, []);
  return { settings, update };
}
