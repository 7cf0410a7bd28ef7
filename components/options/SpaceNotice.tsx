import { useEffect, useState } from 'preact/hooks';
import type { SpaceNoticeResponse } from '../../core/protocol/library-messages';
import { dismissSpaceNotice, readSpaceNotice } from './library-client';
import { formatDay, uiText } from './ui-text';

type Notice = NonNullable<SpaceNoticeResponse['notice']>;

/**
 * Tells the reader when the library dropped articles to stay inside the browser's quota,
 * or when only hand-saved articles are left and space is still short; until dismissed.
 */
export function SpaceNotice() {
  const t = uiText.space;
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    void readSpaceNotice().then((answer) => answer.ok && setNotice(answer.notice));
  }, []);
  if (!notice || (notice.evicted === 0 && !notice.spaceShort)) return null;
  const dismiss = async () => {
    const answer = await dismissSpaceNotice();
    if (answer.ok) setNotice(null);
  };
  return (
    <div class="px-space-notice px-warning" role="alert">
      {notice.evicted > 0 && <p>{t.evicted(notice.evicted, formatDay(notice.at) ?? '')}</p>}
      {notice.spaceShort && <p>{t.short}</p>}
      <button type="button" class="px-button px-small" onClick={() => void dismiss()}>
        {t.dismiss}
      </button>
    </div>
  );
}
