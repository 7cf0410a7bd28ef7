import { AutoReadChoice } from '../options/AutoReadChoice';
import { useSettings } from '../options/use-settings';
import { StarterPicker } from '../starter/StarterPicker';
import { onboardingText as t } from './onboarding-text';

/** The page a new reader sees once, after installing: what Parallax does and where it may read. */
export function Onboarding() {
  const { settings, update } = useSettings();
  return (
    <div class="px-opt px-onboarding">
      <header class="px-opt-header">
        <span class="px-brand">{t.brand}</span>
        <h1 class="px-opt-title">{t.title}</h1>
      </header>
      <main class="px-opt-main">
        <p class="px-intro">{t.intro}</p>
        <ul class="px-onboarding-points">
          {t.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <AutoReadChoice settings={settings} update={update} />
        <StarterPicker />
        <h2>{t.privateHeading}</h2>
        <p>{t.private}</p>
        <p>
          <a href="options.html#sites" target="_blank" rel="noreferrer">
            {t.settingsLink}
          </a>
        </p>
      </main>
    </div>
  );
}
