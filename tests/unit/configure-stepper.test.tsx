// The configuration stepper in the DOM: one step at a time, the named list with each step's state,
// Next / Skip / Previous, focus to the step's heading on a change, and the Active step's go-to
// button opening the Mappings step with focus on the field it names.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigureSteps } from '../../components/configure/ConfigureSteps';
import { createConfigureModels } from '../../lib/configure/models';
import type { ConfigurePorts } from '../../lib/configure/port';
import type { ErpFieldMapping, ErpSyncActorTypeMapping } from '../../lib/crm/mapping';

afterEach(() => document.body.replaceChildren());

const row = (over: Partial<ErpFieldMapping>): ErpFieldMapping => ({
  ErpFieldId: 1, CrmFieldKey: '', CrmDisplayName: '', CrmDisplayTooltip: '', ErpFieldKey: 'X', FieldType: 'Text', ErpDisplayName: '', ErpDisplayTooltip: '',
  SyncToCrm: false, SyncToErp: false, ShowInGui: false, ShowInSearch: false, AlreadyMapped: false, MissingInERP: false, MissingInCRM: false, Access: 'Normal', ListReference: '', ...over,
});
const customer: ErpSyncActorTypeMapping = { ErpConnectionId: 7, IsActive: true, ActorTypeErp: 'Customer', ActorTypeCrm: 'Contact', FieldMappings: [row({ ErpFieldKey: 'NAME', CrmFieldKey: 'NAME', ErpDisplayName: 'Customer name', Access: 'Mandatory' })] };
const notFound = { ok: false as const, error: { kind: 'not-found' as const, status: 200, message: { en: 'none', no: 'ingen' }, detail: null, endpoint: 'x' } };
const ports = {
  mappings: { getActorTypeMapping: async (_id: number, t: string) => (t === 'Customer' ? { ok: true, value: structuredClone(customer) } : notFound) },
  lists: { getListMappings: async () => ({ ok: true, value: { ErpConnectionId: 7, ErpConnectionName: '', ErpListItemMappings: [] } }) },
  crm: { getAllConnections: async () => ({ ok: true, value: [] }) },
  order: {},
  defaults: {},
} as unknown as ConfigurePorts;

const settle = async () => {
  for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};
const button = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name) as HTMLButtonElement;

describe('configuration stepper', () => {
  it('shows one step at a time with the state of each, moves with Next/Skip/Previous and focus follows', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const m = createConfigureModels(7);
    await act(async () => render(<ConfigureSteps m={m} ports={ports} lang="en" />, root));
    await settle();
    const marks = () => [...root.querySelectorAll('[data-step]')].map((li) => `${li.getAttribute('data-step')}:${li.getAttribute('data-mark')}`);
    // The enabled Customer mapping leaves the mandatory name without a direction.
    expect(marks()).toEqual(['mappings:attention', 'lists:todo', 'defaults:todo', 'order:todo', 'priority:todo', 'active:todo']);
    expect(root.querySelector('[aria-current="step"]')?.textContent).toBe('1. Mappings (needs attention)');
    expect(root.querySelector('[data-testid="config-step-mappings"]')).not.toBeNull();
    expect(button(root, 'Previous step').disabled).toBe(true);
    await act(async () => button(root, 'Skip this step for now').click());
    await settle();
    expect(root.querySelector('[data-testid="config-step-lists"]')).not.toBeNull();
    expect(document.activeElement?.id).toBe('erp-config-step-title');
    expect(marks()[0]).toBe('mappings:attention');
    for (let i = 0; i < 4; i++) await act(async () => button(root, 'Next step').click());
    await settle();
    expect(root.querySelector('[data-testid="config-step-active"]')).not.toBeNull();
    expect(button(root, 'Next step')).toBeUndefined();
    await act(async () => button(root, 'Go to the field: Customer: the mandatory field “Customer name” has no direction.').click());
    await settle();
    expect(root.querySelector('[data-testid="config-step-mappings"]')).not.toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('SuperOffice field: Customer name');
    expect(m.flow.skipped.value).toEqual(['mappings']);
  });
});
