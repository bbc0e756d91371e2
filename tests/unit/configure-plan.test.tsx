// The printable plan for a refused agent: per native dialog and in its order, the values to pick,
// from what the connector describes; the same words on screen and in Copy as text, both languages.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurePlan } from '../../components/configure/ConfigurePlan';
import { buildPlan, type PlanInput } from '../../lib/configure/plan';
import { planAsText, planSections } from '../../lib/configure/plan-text';
import { planInputFrom } from '../../lib/configure/plan-port';
import { readConnectorPlan, type PlanCalls } from '../../lib/configure/plan-read';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import type { ConfigField, Outcome } from '../../lib/protocol';

afterEach(() => document.body.replaceChildren());

const input: PlanInput = {
  connectionName: 'Finance ERP',
  actors: [
    { actorType: 'Customer', fields: [
      { key: 'Navn', name: 'Kundenavn', type: 'Text', access: 'Mandatory' },
      { key: 'Telefon', name: 'Phone', type: 'Text', access: 'Normal' },
      { key: 'KUNDENR', name: 'Internal number', type: 'Integer', access: 'Mandatory' },
      { key: 'CATEGORY', name: 'Customer category', type: 'List', access: 'Normal', listName: 'customerCategories' },
    ] },
    { actorType: 'Product', fields: [{ key: 'SKU', name: 'SKU', type: 'Text', access: 'Normal' }] },
  ],
  erpLists: { customerCategories: { A: 'Kunde', P: 'Prospekt' } },
};

describe('configuration plan', () => {
  it('suggests a SuperOffice field and direction per ERP field, lists to map, defaults and what blocks activation', () => {
    const plan = buildPlan(input);
    // Product has no SuperOffice entity: the Mappings dialog shows no tab for it.
    expect(plan.mappings.map((a) => [a.actorType, a.entity])).toEqual([['Customer', 'Contact']]);
    expect(plan.mappings[0]?.rows).toEqual([
      { erpField: 'Kundenavn', mandatory: true, crmFieldKey: 'NAME', direction: 'to-crm', reason: 'suggested' },
      { erpField: 'Phone', mandatory: false, crmFieldKey: 'PHONE', direction: 'to-crm', reason: 'suggested' },
      { erpField: 'Internal number', mandatory: true, crmFieldKey: '', direction: 'none', reason: 'mandatory-unmatched' },
      { erpField: 'Customer category', mandatory: false, crmFieldKey: 'CATEGORY', direction: 'to-crm', reason: 'suggested' },
    ]);
    expect(plan.lists).toEqual([{ actorType: 'Customer', erpField: 'Customer category', crmFieldKey: 'CATEGORY', items: [{ erp: 'Kunde', crm: 'Kunde', sameText: true }, { erp: 'Prospekt', crm: 'Prospekt', sameText: true }] }]);
    expect(plan.blocking).toEqual([{ actorType: 'Customer', erpField: 'Internal number' }]);
    expect(plan.defaults).toEqual([{ actorType: 'Customer', erpField: 'Kundenavn' }, { actorType: 'Customer', erpField: 'Internal number' }]);
    expect(plan.order).toEqual([{ actorType: 'Customer', fields: ['Kundenavn', 'Phone', 'Internal number', 'Customer category'] }]);
  });

  it('matches list items by text when the SuperOffice items are known', () => {
    const plan = buildPlan({ ...input, crmLists: { CATEGORY: { '1': 'kunde', '2': 'Partner' } } });
    expect(plan.lists[0]?.items).toEqual([{ erp: 'Kunde', crm: 'kunde', sameText: false }, { erp: 'Prospekt', crm: null, sameText: false }]);
  });

  it('follows the native dialogs’ order and words, in English and Norwegian', () => {
    const plan = buildPlan(input);
    const en = planSections(plan, CONFIGURE_TEXTS.en, 'en');
    expect(en.map((s) => s.title)).toEqual(['Mappings', 'List mapping', 'Defaults', 'Field order', 'Sync priority', 'Active']);
    expect(en[0]?.steps[0]).toBe('Select the ERP connection “Finance ERP” and click Mappings in the lower-left corner.');
    expect(en[0]?.groups[0]?.lines[0]).toBe('Kundenavn (mandatory) → Name, ERP to SuperOffice (>)');
    const no = planAsText(plan, CONFIGURE_TEXTS.no, 'no');
    expect(no).toContain('1. Tilordninger');
    expect(no).toContain('Kundenavn (obligatorisk) → Navn, ERP til SuperOffice (>)');
    expect(no).toContain('Customer: det obligatoriske feltet «Internal number» har ingen retning.');
    expect(no.indexOf('2. Listetilordning')).toBeLessThan(no.indexOf('3. Standardverdier'));
  });

  it('prints with the browser’s print and copies the same text', async () => {
    const plan = buildPlan(input);
    // happy-dom has no print(): the browser's own is what the button calls.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<ConfigurePlan plan={plan} lang="en" />, root));
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
    await act(async () => button('Print the plan').click());
    expect(print).toHaveBeenCalledTimes(1);
    await act(async () => button('Copy as text').click());
    expect(writeText).toHaveBeenCalledWith(planAsText(plan, CONFIGURE_TEXTS.en, 'en'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Copied.');
    expect([...root.querySelectorAll('[data-plan]')].map((e) => e.getAttribute('data-plan'))).toEqual(['mappings', 'lists', 'defaults', 'order', 'priority', 'active']);
  });
});

describe('what the plan reads from the connector', () => {
  const okOf = <T,>(value: T) => ({ kind: 'ok' as const, value, operation: 'WSGetList' as const, latencyMs: 1, hint: null }) as unknown as Outcome<T>;
  const field = (FieldKey: string, over: Partial<ConfigField> = {}) => ({ FieldKey, DisplayName: `US:"${FieldKey} en";NO:"${FieldKey} no"`, FieldType: 'Text', Access: 'Normal', ListName: '', ...over }) as ConfigField;
  it('reads actor types, each one’s fields and each named list once; a list named __proto__ stays a plain entry', async () => {
    const asked: string[] = [];
    const calls: PlanCalls = {
      actorTypes: async () => okOf(['Customer', 'Customer', 'Project']),
      fields: async (_u, a) => (asked.push(`fields ${a}`), okOf({ fields: a === 'Customer' ? [field('NAME', { Access: 'Mandatory' }), field('CAT', { FieldType: 'List', ListName: '__proto__' })] : [field('CAT2', { FieldType: 'List', ListName: '__proto__' })] })),
      list: async (_u, name) => (asked.push(`list ${name}`), okOf([{ key: 'A', text: 'US:"Customer";NO:"Kunde"' }])),
    };
    const data = await readConnectorPlan('http://h/x', {}, calls);
    expect(asked).toEqual(['fields Customer', 'list __proto__', 'fields Project']);
    expect(Object.getPrototypeOf(data.lists)).toBe(Object.prototype);
    expect(Object.hasOwn(data.lists, '__proto__')).toBe(true);
    const { input, notes } = planInputFrom(data, 'X', 'no', CONFIGURE_TEXTS.no);
    expect(notes).toEqual([]);
    expect(input.actors[0]?.fields[0]).toEqual({ key: 'NAME', name: 'NAME no', type: 'Text', access: 'Mandatory' });
    expect(input.erpLists.__proto__).toEqual({ A: 'Kunde' });
  });

  it('says when the connector names its actors only for a connection it knows', async () => {
    const refused = { kind: 'connector-error', ErrorCode: 'UNKNOWN_CONNECTION_ID', UserExplanation: 'Not known', operation: 'WSGetSupportedActorTypes', latencyMs: 1, hint: null } as unknown as Outcome<string[]>;
    const data = await readConnectorPlan('http://h/x', {}, { actorTypes: async () => refused, fields: async () => { throw new Error('not asked'); }, list: async () => { throw new Error('not asked'); } });
    expect(data).toEqual({ actorTypes: { ok: false, why: { kind: 'connector-error', code: 'UNKNOWN_CONNECTION_ID', said: 'Not known' } }, actors: [], lists: {} });
    expect(planInputFrom(data, 'X', 'en', CONFIGURE_TEXTS.en).notes).toEqual([CONFIGURE_TEXTS.en.plan.unknownConnection]);
  });
});
