// Visibility, as in the CRM's dialog: All, or Specified users + groups with a searchable picker
// of the CRM's users (by associate id) and user groups.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { MAX_USERS } from '../../lib/crm/directory';
import { CRM_TEXTS } from '../../lib/i18n/crm-texts';
import type { WizardState } from '../../lib/wizard/model';
import { PickList } from './PickList';

export function VisibilityPicker({ state, onSearch }: { state: WizardState; onSearch?: (text: string) => Promise<void> }) {
  const t = state.texts.value;
  const v = state.visibility.value;
  const query = useSignal('');
  const q = query.value.trim().toLowerCase();
  const users = state.crm.users.value.filter((u) => !q || u.name.toLowerCase().includes(q));
  // More users than one list holds (lib/crm/directory.ts): what is typed is also searched in the CRM.
  const large = !state.crm.usersComplete.value || state.crm.users.value.length >= MAX_USERS;
  useEffect(() => {
    if (!large || !onSearch || q.length < 2) return;
    const timer = setTimeout(() => void onSearch(q), 300);
    return () => clearTimeout(timer);
  }, [q, large, onSearch]);
  const groups = state.crm.groups.value.filter((g) => !q || g.name.toLowerCase().includes(q));
  const toggle = (kind: 'associateIds' | 'groupIds', id: number) => {
    const list = v[kind];
    state.visibility.value = { ...v, [kind]: list.includes(id) ? list.filter((x) => x !== id) : [...list, id] };
  };
  return (
    <fieldset class="visibility">
      <legend>{t.visibility}</legend>
      <label class="choice">
        <input type="radio" name="erp-visibility" checked={v.all} onChange={() => (state.visibility.value = { ...v, all: true })} aria-describedby="erp-vis-all-help" />
        {t.visibilityAll}
      </label>
      <p class="help" id="erp-vis-all-help">
        {t.visibilityAllHelp}
      </p>
      <label class="choice">
        <input type="radio" name="erp-visibility" checked={!v.all} onChange={() => (state.visibility.value = { ...v, all: false })} aria-describedby="erp-vis-some-help" />
        {t.visibilitySome}
      </label>
      <p class="help" id="erp-vis-some-help">
        {t.visibilitySomeHelp}
      </p>
      {!v.all && (
        <div class="picker">
          <label for="erp-picker-search">{t.pickerSearch}</label>
          <input id="erp-picker-search" type="search" value={query.value} onInput={(e) => (query.value = e.currentTarget.value)} />
          {large && <p class="help">{CRM_TEXTS[state.lang].pickerLarge}</p>}
          <p class="help" aria-live="polite">
            {t.pickerChosen(v.associateIds.length + v.groupIds.length)}
          </p>
          {state.crm.directoryError.value && (
            <p class="problem" role="alert">
              {state.crm.directoryError.value.message[state.lang]}
            </p>
          )}
          <div class="picker-lists">
            <PickList state={state} legend={t.pickerUsers} items={users.map((u) => ({ id: u.associateId, name: u.name }))} chosen={v.associateIds} onToggle={(id) => toggle('associateIds', id)} />
            <PickList state={state} legend={t.pickerGroups} items={groups} chosen={v.groupIds} onToggle={(id) => toggle('groupIds', id)} />
          </div>
        </div>
      )}
    </fieldset>
  );
}
