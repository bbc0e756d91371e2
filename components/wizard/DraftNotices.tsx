// What the consultant must know about the draft right now: a change in another tab, a save that
// did not go through, a deleted draft that can still be brought back, passwords to type again.
import { fieldLabel } from '../../lib/protocol';
import type { DraftSync } from '../../lib/wizard/draft-sync';
import type { WizardState } from '../../lib/wizard/model';

export function DraftNotices({ state, sync }: { state: WizardState; sync: DraftSync }) {
  const t = state.texts.value;
  const problem = sync.problem.value;
  const removed = sync.removed.value;
  const missing = sync.secretsMissing.value;
  const labels = missing.map((k) => {
    const field = state.fields.value?.list.find((f) => f.FieldKey === k);
    return field ? fieldLabel(field, state.lang) : k;
  });
  return (
    <div class="draft-notices">
      {sync.conflict.value && (
        <div class="notice warn-box" role="alert" data-testid="conflict">
          <p>{t.conflictText}</p>
          <div class="buttons">
            <button type="button" onClick={() => void sync.resolve('theirs')}>
              {t.useTheirs}
            </button>
            <button type="button" onClick={() => void sync.resolve('mine')}>
              {t.keepMine}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <div class="notice error" role="alert">
          <p>{problem[state.lang]}</p>
          <p>{t.notSaved}</p>
        </div>
      )}
      {removed && (
        <div class="notice" role="status">
          <p>
            {t.deleted(removed.name || t.untitled)}{' '}
            <button type="button" class="link" onClick={() => void sync.undo()}>
              {t.undo}
            </button>
          </p>
        </div>
      )}
      {missing.length > 0 && (
        <p class="notice" role="status" data-testid="secrets-missing">
          {t.secretsMissing} {labels.join(', ')}
        </p>
      )}
    </div>
  );
}
