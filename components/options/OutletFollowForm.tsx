import { useState } from 'preact/hooks';
import { originPatternsFor } from '../../core/feeds/outlet';
import { requestHostAccess } from '../../platform/host-access';
import { followOutlet } from './feeds-client';
import { followAddress, patternHosts } from './outlet-address';
import { uiText } from './ui-text';

export interface Props {
  /** A line for the card's status region (null clears it). */
  onStatus: (text: string | null) => void;
  /** The outlet is followed, under this name. */
  onFollowed: (name: string) => Promise<void>;
}

/** Where the access the background asks for is waiting: the address to follow once the reader allows it. */
interface Pending {
  url: string;
  origins: string[];
}

/**
 * "Follow an outlet": the reader types a site or a feed's address; the browser is asked for
 * that origin in the submit itself, then the background finds the feeds. When the feed lives
 * on another origin, an "Allow <host>" button asks for it and tries again.
 */
export function OutletFollowForm({ onStatus, onFollowed }: Props) {
  const t = uiText.outlets;
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const follow = async (url: string) => {
    setBusy(true);
    setError(null);
    setPending(null);
    onStatus(t.lookingFor(new URL(url).hostname));
    const answer = await followOutlet(url, null);
    setBusy(false);
    if (answer.ok) {
      setInput('');
      return onFollowed('outlet' in answer ? answer.outlet.name : new URL(url).hostname);
    }
    onStatus(null);
    const needs = answer.needsOrigins ?? [];
    if (needs.length === 0) return setError(t.followFailed(answer.error));
    setPending({ url, origins: needs });
    setError(answer.error || t.needsOrigins(patternHosts(needs)));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const url = followAddress(input);
    if (!url) return setError(t.invalid);
    const origins = originPatternsFor([url]);
    // The request comes first: the browser grants it only in answer to the click.
    if (!(await requestHostAccess(origins))) return setError(t.denied(patternHosts(origins)));
    await follow(url);
  };

  const allow = async (wanted: Pending) => {
    if (busy) return;
    if (!(await requestHostAccess(wanted.origins))) return setError(t.denied(patternHosts(wanted.origins)));
    await follow(wanted.url);
  };

  return (
    <form class="px-inline-form px-outlet-follow" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="px-outlet-follow-heading">
      <h4 id="px-outlet-follow-heading">{t.followHeading}</h4>
      <div class="px-field px-field-wide">
        <label for="px-outlet-address">{t.addressLabel}</label>
        <div class="px-inline">
          <input
            id="px-outlet-address"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={input}
            placeholder={t.addressPlaceholder}
            aria-invalid={error && !pending ? true : undefined}
            aria-describedby="px-outlet-address-hint px-outlet-follow-error"
            onInput={(e) => {
              setInput(e.currentTarget.value);
              setPending(null);
            }}
          />
          <button type="submit" class="px-button px-primary" aria-disabled={busy ? true : undefined}>
            {busy ? t.followBusy : t.follow}
          </button>
        </div>
        <p id="px-outlet-address-hint" class="px-hint">
          {t.addressHint}
        </p>
      </div>
      <p id="px-outlet-follow-error" role="alert" class="px-error px-field-wide">
        {error}
      </p>
      {pending && (
        <div class="px-outlet-allow">
          <button type="button" class="px-button" onClick={() => void allow(pending)}>
            {t.allow(patternHosts(pending.origins))}
          </button>
        </div>
      )}
    </form>
  );
}
