// Who the connection is shown to, as in the CRM's dialog: all users, or chosen users and groups.
// Plain props (the wizard's VisibilityPicker works on the wizard's own state); checkboxes in two
// named groups, filtered by a search field.
import { useSignal } from '@preact/signals';
import type { Lang } from '../../lib/i18n/lang';
import type { Directory } from '../../lib/existing/state';
import { existingTexts } from './texts';

export interface Visibility {
  allAccess: boolean;
  associateIds: number[];
  groupIds: number[];
}

export function EditVisibility({ value, directory, lang, onChange }: { value: Visibility; directory: Directory; lang: Lang; onChange: (v: Visibility) => void }) {
  const t = existingTexts(lang);
  const query = useSignal('');
  const q = query.value.trim().toLowerCase();
  const shown = (items: Directory['users'], chosen: number[]) => {
    // Chosen ids the directory does not list (a user since removed) stay visible, by id, and can be unticked.
    const known = new Set(items.map((i) => i.id));
    return [...items, ...chosen.filter((id) => !known.has(id)).map((id) => ({ id, name: `#${id}` }))].filter((i) => !q || i.name.toLowerCase().includes(q));
  };
  const toggle = (kind: 'associateIds' | 'groupIds', id: number) => onChange({ ...value, [kind]: value[kind].includes(id) ? value[kind].filter((x) => x !== id) : [...value[kind], id] });
  const list = (kind: 'associateIds' | 'groupIds', legend: string, items: Directory['users']) => (
    <fieldset class="pick-group" data-testid={`edit-visibility-${kind}`}>
      <legend>{legend}</legend>
      {items.length === 0 && <p class="help">{t.noneListed}</p>}
      {items.map((i) => (
        <label key={i.id} class="choice">
          <input type="checkbox" checked={value[kind].includes(i.id)} onChange={() => toggle(kind, i.id)} /> {i.name}
        </label>
      ))}
    </fieldset>
  );
  return (
    <fieldset class="visibility" data-testid="edit-visibility">
      <legend>{t.visibility}</legend>
      <label class="choice">
        <input type="radio" name="erp-edit-visibility" checked={value.allAccess} onChange={() => onChange({ ...value, allAccess: true })} /> {t.visibilityAll}
      </label>
      <label class="choice">
        <input type="radio" name="erp-edit-visibility" checked={!value.allAccess} onChange={() => onChange({ ...value, allAccess: false })} /> {t.visibilitySome}
      </label>
      {!value.allAccess && (
        <div class="picker">
          <label>
            {t.search}
            <input type="search" value={query.value} onInput={(e) => (query.value = e.currentTarget.value)} />
          </label>
          <p class="help" aria-live="polite">
            {t.chosen(value.associateIds.length + value.groupIds.length)}
          </p>
          {list('associateIds', t.users, shown(directory.users, value.associateIds))}
          {list('groupIds', t.groups, shown(directory.groups, value.groupIds))}
        </div>
      )}
    </fieldset>
  );
}
