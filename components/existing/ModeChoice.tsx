// The compact switch between the panel's two ways in, once one is chosen (the first choice is
// made on ChoiceScreen). Each press is the consultant's choice, remembered for the tenant.
import type { Lang } from '../../lib/i18n/lang';
import type { ExistingState } from '../../lib/existing/state';
import { existingTexts } from './texts';

export function ModeChoice({ ex, lang }: { ex: ExistingState; lang: Lang }) {
  const t = existingTexts(lang);
  const mode = ex.mode.value;
  if (mode === null) return null;
  return (
    <div class="mode-choice" role="group" aria-label={t.choice}>
      <button type="button" aria-pressed={mode === 'new'} onClick={() => ex.choose('new')}>
        {t.setUpNew}
      </button>
      <button type="button" aria-pressed={mode === 'existing'} onClick={() => ex.choose('existing')}>
        {t.checkExisting}
      </button>
    </div>
  );
}
