import { useEffect, useState } from 'preact/hooks';
import { formatShare, storageLevel, type StorageLevel } from './storage-estimate';
import { formatBytes, uiText } from './ui-text';

export interface Props {
  /** Changes when the library may have grown or shrunk (after an import), to measure again. */
  refresh?: number;
}

/** What the library takes on this device, against what the browser allows, with a warning when nearly full. */
export function StorageUsage({ refresh = 0 }: Props) {
  const t = uiText.storage;
  const [level, setLevel] = useState<StorageLevel | null | 'unknown'>(null);
  useEffect(() => {
    let live = true;
    // The options page shares the background's origin, so this counts the library too.
    const estimate = navigator.storage?.estimate?.() ?? Promise.reject(new Error('no storage API'));
    estimate.then(
      (answer) => live && setLevel(storageLevel(answer) ?? 'unknown'),
      () => live && setLevel('unknown'),
    );
    return () => {
      live = false;
    };
  }, [refresh]);

  return (
    <section class="px-card" aria-labelledby="px-storage-heading">
      <h3 id="px-storage-heading">{t.heading}</h3>
      {level === 'unknown' && <p>{t.unknown}</p>}
      {level !== null && level !== 'unknown' && (
        <>
          <p class="px-storage-used">
            {level.quota !== null && level.share !== null
              ? t.used(formatBytes(level.usage), formatBytes(level.quota), formatShare(level.share))
              : t.usedOnly(formatBytes(level.usage))}
          </p>
          {level.share !== null && (
            <meter class="px-storage-meter" min={0} max={1} low={0.6} high={0.8} optimum={0} value={level.share} aria-label={t.meterLabel} />
          )}
        </>
      )}
      <p role="alert" class="px-warning">
        {level !== null && level !== 'unknown' && level.warn && level.share !== null && t.nearlyFull(formatShare(level.share))}
      </p>
    </section>
  );
}
