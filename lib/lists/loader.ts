// A List field's items are asked for when the field is shown, not all up front: a connector that
// names 500 lists costs only the lists the consultant sees, and those share the field load's
// budget in the background (lib/protocol/field-load.ts). Each list is asked for once per load;
// an answer for an older load is dropped. A list that fails leaves its field a text input.
import type { FieldWarning, ListItem } from '../protocol';
import type { WizardState } from '../wizard/model';
import type { WizardBackground } from '../wizard/ports';

export function createListLoader(s: WizardState, bg: Pick<WizardBackground, 'list'>, newId: () => string) {
  let loadId: string | null = null;
  /** Counts field loads: an answer is used only by the load that asked. */
  let generation = 0;
  const asked = new Set<string>();
  return {
    /** A new field load (null: nothing to ask for, e.g. fields read from the CRM). */
    reset(id: string | null) {
      loadId = id;
      generation++;
      asked.clear();
    },
    async load(name: string): Promise<void> {
      const [id, mine] = [loadId, generation];
      if (id === null || asked.has(name)) return;
      asked.add(name);
      const r = await bg.list(newId(), id, name);
      const f = s.fields.value;
      if (mine !== generation || !f || !r.ok || r.value.list.kind !== 'ok') return;
      const page = r.value.list.value;
      const items: Record<string, ListItem[]> = { ...f.items };
      // An own property whatever the name (a ListName of "__proto__" must not set the prototype).
      own(items, name, page.items);
      if (page.sent <= page.items.length) return void (s.fields.value = { ...f, items });
      // A list cut to its first items is said, on every field that shows it.
      const listsSent = own({ ...f.listsSent }, name, page.sent);
      const cut = f.list.filter((x) => x.ListName === name).map((x): FieldWarning => ({ code: 'list-truncated', FieldKey: x.FieldKey, count: page.sent, message: `The list ${name} sent ${page.sent} items; only the first ${page.items.length} are kept` }));
      s.fields.value = { ...f, items, listsSent, warnings: [...(f.warnings ?? []), ...cut] };
    },
  };
}

function own<T>(o: Record<string, T>, key: string, value: T): Record<string, T> {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}
