// Edit an existing connection: name, description and its configuration fields as the CRM holds
// them; a Password is never shown. For an Active connection the panel states SuperOffice's rule
// and walks it (lib/existing/edit.ts); a failure midway says the connection is now inactive.
import type { EditState } from '../../lib/existing/edit-state';
import type { Lang } from '../../lib/i18n/lang';
import { existingTexts } from './texts';
import { formatWhen } from '../../lib/i18n/format';
import type { Directory } from '../../lib/existing/state';
import { EditVisibility } from './EditVisibility';

export function EditConnection({ ed, lang, directory }: { ed: EditState; lang: Lang; directory: () => Directory }) {
  const t = existingTexts(lang);
  const f = ed.form.value;
  const out = ed.outcome.value;
  if (!f)
    return ed.problem.value ? (
      <div>
        <p role="alert">{ed.problem.value[lang]}</p>
        {ed.resumed.value && (
          <div class="notice" data-testid="edit-orphaned">
            <p>{t.orphaned(formatWhen(ed.resumed.value.at, lang, 'short', 'medium'))}</p>
            <button type="button" onClick={() => void ed.discard()}>
              {t.discard}
            </button>
          </div>
        )}
        <button type="button" onClick={ed.close}>
          {t.close}
        </button>
      </div>
    ) : null;
  return (
    <form class="edit" aria-labelledby="erp-edit-title" onSubmit={(e) => (e.preventDefault(), void ed.save())}>
      <h3 id="erp-edit-title">{t.editTitle(f.name)}</h3>
      {ed.resumed.value && (
        <div class="notice" role="status" data-testid="edit-resumed">
          <p>{t.resumed(formatWhen(ed.resumed.value.at, lang, 'short', 'medium'))}</p>
          <button type="button" onClick={() => void ed.discard()}>
            {t.discard}
          </button>
        </div>
      )}
      {f.active && <p class="notice" data-testid="active-rule">{t.activeRule}</p>}
      <label>
        {t.name}
        <input type="text" value={f.name} onInput={(e) => ed.set({ name: e.currentTarget.value })} />
      </label>
      <label>
        {t.description}
        <input type="text" value={f.description} onInput={(e) => ed.set({ description: e.currentTarget.value })} />
      </label>
      <EditVisibility value={f.visibility} directory={directory()} lang={lang} onChange={(visibility) => ed.set({ visibility })} />
      {f.fields.map((x) => (
        <label key={x.key} data-edit-field={x.key}>
          {x.label}
          {x.type === 'Checkbox' ? (
            <input type="checkbox" disabled={x.readOnly} checked={f.values[x.key] === '1'} onChange={(e) => ed.set({ value: [x.key, e.currentTarget.checked ? '1' : '0'] })} />
          ) : (
            <input
              type={x.type === 'Password' ? 'password' : 'text'}
              autoComplete={x.type === 'Password' ? 'new-password' : 'off'}
              readOnly={x.readOnly}
              value={f.values[x.key] ?? ''}
              aria-describedby={x.type === 'Password' ? `erp-edit-note-${x.key}` : undefined}
              onInput={(e) => ed.set({ value: [x.key, e.currentTarget.value] })}
            />
          )}
          {x.type === 'Password' && (
            <span class="help" id={`erp-edit-note-${x.key}`}>
              {t.passwordNote}
            </span>
          )}
        </label>
      ))}
      {f.active && (
        <label>
          <input type="checkbox" checked={ed.reactivate.value} onChange={(e) => (ed.reactivate.value = e.currentTarget.checked)} /> {t.reactivateAfter}
        </label>
      )}
      {ed.problem.value && <p role="alert">{ed.problem.value[lang]}</p>}
      {ed.draft?.problem.value && <p role="alert">{ed.draft.problem.value[lang]}</p>}
      <p class="help" role="status" data-testid="edit-draft-state" data-state={ed.draft?.saveState.value ?? 'idle'}>
        {ed.draft?.saveState.value === 'saved' ? t.draftSaved : ed.draft?.saveState.value === 'pending' || ed.draft?.saveState.value === 'saving' ? t.draftSaving : ''}
      </p>
      {out && (
        <p role="alert" data-testid="edit-outcome" data-state={out.state}>
          {out.state === 'failed' ? out.message[lang] : out.reactivated ? t.savedReactivated : out.connection.Active ? t.saved : t.savedInactive}
          {out.state === 'saved' && out.notCompared.length > 0 && ` ${t.notCompared(out.notCompared.join(', '))}`}
        </p>
      )}
      <div class="nav">
        <button type="submit" class="primary" disabled={ed.busy.value}>
          {t.save}
        </button>
        <button type="button" onClick={ed.close}>
          {t.close}
        </button>
      </div>
    </form>
  );
}
