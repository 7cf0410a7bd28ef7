import { useEffect, useState } from 'preact/hooks';
import { listFeeds } from '../options/feeds-client';
import { StarterPicker } from './StarterPicker';

/**
 * The popup's empty state offers the starter set, but only to a reader who follows no
 * outlet yet: one who does has chosen already. Once shown it stays for the visit, so the
 * progress of a first check started here stays in view.
 */
export function StarterOffer() {
  const [offer, setOffer] = useState(false);
  useEffect(() => {
    let live = true;
    void listFeeds().then((answer) => {
      if (live && answer.ok && answer.outlets.length === 0) setOffer(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return offer ? <StarterPicker compact /> : null;
}
