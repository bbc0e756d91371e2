// The panel's first screen for a tenant with no way in chosen yet: two large, described options.
// Plain buttons in reading order (Tab, Enter), each described by the text under it; the panel puts
// focus on the heading.
import type { Lang } from '../../lib/i18n/lang';
import type { ExistingState } from '../../lib/existing/state';
import { existingTexts } from './texts';

export function ChoiceScreen({ ex, lang }: { ex: ExistingState; lang: Lang }) {
  const t = existingTexts(lang);
  const ways = [
    { way: 'new' as const, name: t.setUpNew, help: t.setUpNewHelp },
    { way: 'existing' as const, name: t.checkExisting, help: t.checkExistingHelp },
  ];
  return (
    <section class="choice-screen" aria-labelledby="erp-choice-title" data-testid="choice-screen">
      <h3 id="erp-choice-title" tabIndex={-1}>
        {t.choice}
      </h3>
      {ways.map((w) => (
        <div key={w.way} class="choice">
          <button type="button" data-way={w.way} aria-describedby={`erp-choice-${w.way}-help`} onClick={() => ex.choose(w.way)}>
            {w.name}
          </button>
          <p class="help" id={`erp-choice-${w.way}-help`}>
            {w.help}
          </p>
        </div>
      ))}
      <p class="help">{t.choiceRemembered}</p>
    </section>
  );
}
