// The panel's two ways in: set up a new connection (the wizard) or check the existing ones.
import type { Lang } from '../../lib/i18n/lang';
import type { ExistingState } from '../../lib/existing/state';
import { existingTexts } from './texts';

export function ModeChoice({ ex, lang }: { ex: ExistingState; lang: Lang }) {
  const t = existingTexts(lang);
  const mode = ex.mode.value;
  return (
    <div class="mode-choice" role="group" aria-label={t.choice}>
      <button type="button" aria-pressed={mode === 'new'} onClick={() => (ex.mode.value = 'new')}>
        {t.setUpNew}
      </button>
      <button
        type="button"
        aria-pressed={mode === 'existing'}
        onClick={() => {
          ex.mode.value = 'existing';
          if (!ex.inventory.value && !ex.loading.value) void ex.load();
        }}
      >
        {t.checkExisting}
      </button>
    </div>
  );
}
