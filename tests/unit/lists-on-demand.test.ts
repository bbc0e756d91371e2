// List items are asked for when a List field is shown, once per field load, never up front.
import { describe, expect, it } from 'vitest';
import { createActions } from '../../lib/wizard/actions';
import { createWizardState } from '../../lib/wizard/model';
import { fakePorts } from './wizard-fakes';

async function ready() {
  const s = createWizardState('en');
  const ports = fakePorts();
  let n = 0;
  const a = createActions(s, { crm: ports.crm, bg: ports.bg, newId: () => `id-${++n}` });
  s.connector.value = { mode: 'new', name: 'Finance 2', url: 'http://127.0.0.1:9/finance/ErpConnectorWS.svc' };
  await a.loadFields();
  return { s, a, ...ports };
}

describe('lists on demand', () => {
  it('loading the fields asks for no list; showing a List field asks for its list once', async () => {
    const { s, a, calls } = await ready();
    expect(calls.lists).toEqual([]);
    expect(s.fields.value?.items).toEqual({});
    await Promise.all([a.loadList('departments'), a.loadList('departments')]);
    await a.loadList('departments');
    expect(calls.lists).toEqual(['departments']);
    expect(s.fields.value?.items.departments?.map((i) => i.key)).toEqual(['100', '200']);
  });

  it('an answer for an older field load is dropped, and a new load asks again', async () => {
    const { s, a, bg, calls } = await ready();
    let release: () => void = () => undefined;
    const slow = bg.list;
    bg.list = (...args) => new Promise((r) => (release = () => r(slow(...args))));
    const pending = a.loadList('departments');
    bg.list = slow;
    await a.loadFields(); // the consultant reloaded the fields meanwhile
    release();
    await pending;
    expect(s.fields.value?.items).toEqual({});
    await a.loadList('departments');
    expect(calls.lists).toEqual(['departments', 'departments']);
    expect(Object.keys(s.fields.value?.items ?? {})).toEqual(['departments']);
  });

  it('a ListName like __proto__ stays an own item list', async () => {
    const { s, a } = await ready();
    await a.loadList('__proto__');
    expect(Object.hasOwn(s.fields.value?.items ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(s.fields.value?.items)).toBe(Object.prototype);
  });

  it('a list cut to its first items is said on its field, and a key after those is accepted', async () => {
    const { s, a, bg } = await ready();
    bg.list = async () => ({ ok: true, value: { list: { kind: 'ok', latencyMs: 1, value: { items: [{ key: '100', text: 'Salg' }], sent: 20_000 } } } }) as never;
    await a.loadList('departments');
    expect(s.fields.value?.listsSent).toEqual({ departments: 20_000 });
    expect(s.fields.value?.warnings?.filter((w) => w.code === 'list-truncated')).toEqual([expect.objectContaining({ FieldKey: 'department', count: 20_000 })]);
    s.values.value = { ...s.values.value, department: '19999' };
    expect(s.problemCodes.value.get('department')).toBeUndefined();
  });

  it('a whole list keeps its items the only valid keys', async () => {
    const { s, a } = await ready();
    await a.loadList('departments');
    expect(s.fields.value?.listsSent).toBeUndefined();
    s.values.value = { ...s.values.value, department: '19999' };
    expect(s.problemCodes.value.get('department')).toBe('not-in-list');
  });
});
