import { useEffect, useRef, useState } from 'preact/hooks';
import { LexiconSection } from './LexiconSection';
import { LibrarySection } from './LibrarySection';
import { PrivacySection } from './PrivacySection';
import { SitesSection } from './SitesSection';
import { uiText } from './ui-text';
import { useSettings } from './use-settings';

export const SECTIONS = ['library', 'lexicon', 'sites', 'privacy'] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface Props {
  /** The section shown first, from the page's address (#lexicon). @default 'library' */
  initial?: SectionId;
}

export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'library';
}

/** The options page: a left nav of sections (plain links, so the address bar and history work) and the one shown. */
export function OptionsPage({ initial = 'library' }: Props) {
  const [section, setSection] = useState<SectionId>(initial);
  const { settings, update } = useSettings();
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const onHash = () => {
      moved.current = true;
      setSection(sectionFromHash(location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // After a switch (not on load), focus goes to the new section's heading, so a screen reader announces it.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [section]);

  return (
    <div class="px-opt">
      <header class="px-opt-header">
        <span class="px-brand">{uiText.brand}</span>
        <h1 class="px-opt-title">{uiText.pageTitle}</h1>
      </header>
      <nav class="px-opt-nav" aria-label={uiText.navLabel}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === section ? 'page' : undefined}>
                {uiText.sections[id]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="px-opt-main">
        <section class="px-opt-section" aria-labelledby="px-section-heading">
          <h2 id="px-section-heading" tabIndex={-1} ref={heading}>
            {uiText.sections[section]}
          </h2>
          {section === 'library' && <LibrarySection />}
          {section === 'lexicon' && <LexiconSection settings={settings} update={update} />}
          {section === 'sites' && <SitesSection settings={settings} update={update} />}
          {section === 'privacy' && <PrivacySection settings={settings} update={update} />}
        </section>
      </main>
    </div>
  );
}
