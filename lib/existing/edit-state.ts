// The edit form's state: the connection read from the CRM (GetConnection, its values with
// GetErpConnectionConfigFields, the fields' types from GetConfigurationFields), values decoded per
// field type for display, and a Password never shown: it stays as the CRM holds it unless typed.
import { signal } from '@preact/signals';
import { decodeValue, encodeValue, resolveText, type ConfigField } from '../protocol';
import type { Plain } from '../crm';
import type { Lang } from '../i18n/lang';
import { saveEdit, type EditOutcome } from './edit';
import type { ExistingCrm } from './ports';
import { createEditDraft, patchOf, resumeInto, type EditDraftsPort } from './edit-draft';

export interface EditForm {
  id: number;
  connectorId: number;
  /** The connection's name in the CRM when the edit began (the draft's name). */
  title: string;
  active: boolean;
  name: string;
  description: string;
  visibility: { allAccess: boolean; associateIds: number[]; groupIds: number[] };
  fields: Array<{ key: string; label: string; type: ConfigField['FieldType']; readOnly: boolean }>;
  /** Display strings by FieldKey ('' for a Password: never shown). */
  values: Record<string, string>;
  original: Record<string, string>;
}

/** Wire value → what the form shows (Checkbox '1'/'0', numbers plain; Datetime stays as on the wire). */
export function displayOf(type: ConfigField['FieldType'], wire: string): string {
  if (type === 'Password') return '';
  if (type === 'Datetime' || type === 'Text' || type === 'List' || type === 'Label') return wire;
  const d = decodeValue(type, wire);
  if (!d.ok || d.value.value === null) return wire;
  if (d.value.type === 'Checkbox') return d.value.value ? '1' : '0';
  return typeof d.value.value === 'number' ? String(d.value.value) : wire;
}

/** What the form shows → wire value; null when it is not a valid value of that type. */
export function wireOf(type: ConfigField['FieldType'], shown: string): string | null {
  if (type === 'Integer' || type === 'Double') {
    if (shown.trim() === '') return '';
    const n = Number(shown.trim().replace(',', '.'));
    if (!Number.isFinite(n) || (type === 'Integer' && !Number.isInteger(n))) return null;
    const e = encodeValue({ type, value: n });
    return e.ok ? e.value : null;
  }
  if (type === 'Checkbox') {
    const e = encodeValue({ type, value: shown === '1' });
    return e.ok ? e.value : null;
  }
  return shown;
}

/** `drafts`: where the edit is kept as a draft while it is typed (issue 17); without it, in memory only. */
export function createEditState(crm: ExistingCrm, lang: () => Lang, onSaved: () => Promise<void>, drafts?: EditDraftsPort) {
  const form = signal<EditForm | null>(null);
  const draft = drafts ? createEditDraft(drafts) : null;
  /** An edit draft was resumed on open: when it was last changed. */
  const resumed = signal<{ at: number } | null>(null);
  const busy = signal(false);
  const problem = signal<Plain | null>(null);
  const outcome = signal<EditOutcome | null>(null);
  const reactivate = signal(true);

  async function open(id: number) {
    outcome.value = null;
    problem.value = null;
    resumed.value = null;
    busy.value = true;
    const [c, v] = await Promise.all([crm.getConnection(id), crm.getConnectionConfigFields(id)]);
    const f = c.ok ? await crm.getConfigurationFields(c.value.ErpConnectorId) : c;
    busy.value = false;
    const failed = [c, v, f].find((r) => !r.ok);
    if (failed && !failed.ok) {
      problem.value = failed.error.message;
      // The connection cannot be read (deleted meanwhile?): an edit kept for it can still be let go.
      const kept = await draft?.find(id);
      if (kept) resumed.value = { at: kept.updatedAt };
      return;
    }
    if (!c.ok || !v.ok || !f.ok) return;
    const fields = f.value.fields.filter((x) => x.FieldType !== 'Label').map((x) => ({ key: x.FieldKey, label: resolveText(x.DisplayName, lang()) || x.FieldKey, type: x.FieldType, readOnly: x.Access === 'ReadOnly' }));
    const values = Object.fromEntries(fields.map((x) => [x.key, displayOf(x.type, v.value[x.key] ?? '')]));
    const read: EditForm = {
      id, connectorId: c.value.ErpConnectorId, title: c.value.DisplayName, active: c.value.Active, name: c.value.DisplayName, description: c.value.DisplayDescription,
      visibility: { allAccess: c.value.AllAccess, associateIds: c.value.AssociateAccessIds, groupIds: c.value.UserGroupAccessIds },
      fields, values, original: { ...values },
    };
    // An edit of this connection kept from before (a reload, another day): resumed over what the CRM holds now.
    const kept = await draft?.find(id);
    if (kept) resumed.value = { at: kept.updatedAt };
    form.value = kept ? { ...resumeInto(read, kept), title: kept.name || read.title } : read;
  }

  function set(patch: Partial<Pick<EditForm, 'name' | 'description' | 'visibility'>> & { value?: [string, string] }) {
    const f = form.value;
    if (!f) return;
    const { value, ...rest } = patch;
    const next = { ...f, ...rest, values: value ? { ...f.values, [value[0]]: value[1] } : f.values };
    form.value = next;
    draft?.change(patchOf(next));
  }

  /** Drops the kept edit and shows the connection as the CRM holds it. */
  async function discard() {
    const f = form.value;
    await draft?.discard();
    resumed.value = null;
    if (f) await open(f.id);
  }

  async function save() {
    const f = form.value;
    if (!f) return;
    const configFields: Record<string, string> = {};
    for (const x of f.fields) {
      const shown = f.values[x.key] ?? '';
      // Only what the consultant changed is sent; an empty Password means "keep the one the CRM holds".
      if (x.readOnly || shown === f.original[x.key] || (x.type === 'Password' && shown === '')) continue;
      const wire = wireOf(x.type, shown);
      if (wire === null) return void (problem.value = { en: `“${x.label}” is not a valid ${x.type.toLowerCase()}.`, no: `«${x.label}» er ikke en gyldig verdi av typen ${x.type}.` });
      configFields[x.key] = wire;
    }
    problem.value = null;
    busy.value = true;
    const secretKeys = f.fields.filter((x) => x.type === 'Password').map((x) => x.key);
    outcome.value = await saveEdit(crm, f.id, { name: f.name, description: f.description, ...f.visibility, configFields }, { secretKeys, reactivate: reactivate.value });
    busy.value = false;
    // Saved in the CRM: the edit is done, its draft goes. A failure keeps it, to try again.
    if (outcome.value.state === 'saved') {
      await draft?.discard();
      resumed.value = null;
    }
    await onSaved();
  }

  const close = () => {
    form.value = null;
    outcome.value = null;
    problem.value = null;
    resumed.value = null;
    // Kept for later as a draft: what was typed is saved now.
    void draft?.flush();
  };

  return { form, busy, problem, outcome, reactivate, resumed, draft, open, set, save, discard, close, flush: () => draft?.flush() ?? Promise.resolve() };
}

export type EditState = ReturnType<typeof createEditState>;
