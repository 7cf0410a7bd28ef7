import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface Tab {
  id: string;
  label: string;
  /** A number shown beside the label ("Other accounts 2"); omitted when null. */
  badge?: number | null;
  panel: ComponentChildren;
}

export interface Props {
  tabs: Tab[];
  /** Names the tab list for screen readers. */
  label: string;
}

/**
 * WAI-ARIA tabs (automatic activation): Tab enters the list on the selected tab and leaves
 * it for the panel; arrow keys, Home and End move between tabs. Panels stay in the
 * document, hidden, so their contents keep their state when the reader switches back.
 */
export function PopupTabs({ tabs, label }: Props) {
  const [selected, setSelected] = useState(tabs[0]?.id ?? '');
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]!;
    setSelected(tab.id);
    buttons.current[tabs.indexOf(tab)]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(to);
  };
  return (
    <div class="px-tabs">
      <div class="px-tablist" role="tablist" aria-label={label}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => void (buttons.current[i] = el)}
            type="button"
            role="tab"
            id={`px-tab-${tab.id}`}
            class="px-tab"
            aria-selected={tab.id === selected}
            aria-controls={`px-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => setSelected(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
            {tab.badge != null && (
              <>
                {' '}
                <span class="px-tab-badge">{tab.badge}</span>
              </>
            )}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`px-panel-${tab.id}`}
          class="px-panel"
          aria-labelledby={`px-tab-${tab.id}`}
          tabIndex={0}
          hidden={tab.id !== selected}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
