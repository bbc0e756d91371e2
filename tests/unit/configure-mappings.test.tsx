// The Mappings step in the DOM with a port that keeps what it is sent: suggestions shown and only
// applied when accepted, save + read-back, checks before activation with a link to the field, and
// the CRM's own refusal.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { MappingsStep } from '../../components/configure/MappingsStep';
import { createMappingModel } from '../../lib/configure/mapping-model';
import type { ErpFieldMapping, ErpSyncActorTypeMapping, MappingClient } from '../../lib/crm/mapping';
import type { CrmResult } from '../../lib/crm/result';

afterEach(() => document.body.replaceChildren());

const row = (over: Partial<ErpFieldMapping>): ErpFieldMapping => ({
  ErpFieldId: 0, CrmFieldKey: '', CrmDisplayName: '', CrmDisplayTooltip: '', ErpFieldKey: 'X', FieldType: 'Text', ErpDisplayName: '', ErpDisplayTooltip: '',
  SyncToCrm: false, SyncToErp: false, ShowInGui: false, ShowInSearch: false, AlreadyMapped: false, MissingInERP: false, MissingInCRM: false, Access: 'Normal', ListReference: '', ...over,
});

function fakeCrm(refuse: string[] = []) {
  let held: ErpSyncActorTypeMapping = {
    ErpConnectionId: 7, IsActive: false, ActorTypeErp: 'Customer', ActorTypeCrm: 'Contact',
    FieldMappings: [
      row({ ErpFieldKey: 'NAME', CrmFieldKey: 'NAME', ErpDisplayName: 'Customer name', Access: 'Mandatory' }),
      row({ ErpFieldKey: 'Telefon', ErpDisplayName: 'Phone' }),
      row({ ErpFieldKey: 'SECRET', ErpDisplayName: 'Internal id' }),
    ],
  };
  const sent: ErpSyncActorTypeMapping[] = [];
  let toggles = 0;
  const notFound: CrmResult<never> = { ok: false, error: { kind: 'not-found', status: 200, message: { en: 'none', no: 'ingen' }, detail: null, endpoint: 'x' } };
  const port: MappingClient = {
    getActorTypeMapping: async (_id, type) => (type === 'Customer' ? { ok: true, value: structuredClone(held) } : notFound),
    saveActorTypeMapping: async (m) => {
      sent.push(structuredClone(m));
      held = structuredClone(m);
      return { ok: true, value: structuredClone(held) };
    },
    toggleActive: async () => {
      toggles++;
      return { ok: true, value: refuse };
    },
    isActive: async () => ({ ok: true, value: false }),
  };
  return { port, sent, toggles: () => toggles };
}

async function mount(port: MappingClient, lang: 'en' | 'no' = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  const model = createMappingModel(7);
  await act(async () => {
    render(<MappingsStep model={model} port={port} lang={lang} />, root);
  });
  await act(async () => {});
  return { root, model };
}

const click = async (el: Element | null | undefined) => {
  if (!el) throw new Error('no element');
  await act(async () => (el as HTMLElement).click());
};
const select = (root: HTMLElement, label: string) => {
  const el = root.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`);
  if (!el) throw new Error(`no select ${label}`);
  return el;
};
const buttonByText = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text);

describe('Mappings step', () => {
  it('shows suggestions without applying them; accepting fills field and direction; save sends them and reads back', async () => {
    const crm = fakeCrm();
    const { root } = await mount(crm.port);
    expect(root.querySelector('[data-testid="actor-Customer"] h4')?.textContent).toBe('Customer');
    expect(select(root, 'SuperOffice field: Phone').value).toBe('');
    expect([...root.querySelectorAll('[data-testid="suggestion"]')].map((p) => p.textContent)).toEqual([
      'Suggested: Name, ERP to SuperOffice (>) Accept suggestion',
      'Suggested: Telephone, ERP to SuperOffice (>) Accept suggestion',
    ]);
    // Unmapped field: every direction disabled, with the reason named.
    const dir = select(root, 'Direction: Internal id');
    expect([...dir.options].filter((o) => o.disabled).map((o) => o.value)).toEqual(['to-crm', 'to-erp', 'both']);
    expect(root.querySelector(`#${dir.getAttribute('aria-describedby') ?? 'x'}`)?.textContent).toBe('Choose a SuperOffice field first.');

    await click(buttonByText(root, 'Accept all 2 suggestions'));
    expect(select(root, 'SuperOffice field: Phone').value).toBe('PHONE');
    expect(select(root, 'Direction: Customer name').value).toBe('to-crm');
    await click(root.querySelector('input[type="checkbox"]'));
    await click(buttonByText(root, 'Save mappings'));
    expect(crm.sent).toHaveLength(1);
    expect(crm.sent[0]?.IsActive).toBe(true);
    expect(crm.sent[0]?.FieldMappings.map((f) => [f.ErpFieldKey, f.CrmFieldKey, f.SyncToCrm, f.SyncToErp])).toEqual([
      ['NAME', 'NAME', true, false], ['Telefon', 'PHONE', true, false], ['SECRET', '', false, false],
    ]);
    expect(root.querySelector('[data-testid="mapping-saved"]')?.textContent).toContain('The mappings for Customer are saved');
  });

  it('before activating, names the mandatory field without direction with a link to it; the button stays disabled', async () => {
    const crm = fakeCrm();
    const { root } = await mount(crm.port, 'no');
    await click(root.querySelector('input[type="checkbox"]'));
    const problems = root.querySelector('[data-testid="activation-problems"]');
    expect(problems?.querySelector('li')?.textContent).toBe('Customer: det obligatoriske feltet «Customer name» har ingen retning. Gå til feltet');
    expect(buttonByText(root, 'Merk koblingen som aktiv')?.disabled).toBe(true);
    await click(problems?.querySelector('button'));
    expect(document.activeElement).toBe(select(root, 'SuperOffice-felt: Customer name'));
    expect(crm.toggles()).toBe(0);
  });

  it('shows the CRM’s refusal in its own words', async () => {
    const crm = fakeCrm(['The mandatory field NAME (Customer) has no sync direction.']);
    const { root } = await mount(crm.port);
    await click(buttonByText(root, 'Mark the connection Active'));
    expect(crm.toggles()).toBe(1);
    expect(root.querySelector('[data-testid="activation-refused"]')?.textContent).toBe('SuperOffice did not activate the connection:The mandatory field NAME (Customer) has no sync direction.');
  });
});
