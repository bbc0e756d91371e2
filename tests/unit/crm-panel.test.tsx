// The panel's parts for the CRM's own answers (issue 13): its Message with details behind a
// disclosure, and the picker that searches the CRM when the tenant has more users than one list holds.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CrmSaid } from '../../components/wizard/CrmSaid';
import { VisibilityPicker } from '../../components/wizard/VisibilityPicker';
import { MAX_USERS } from '../../lib/crm/directory';
import { createWizardState } from '../../lib/wizard/model';

afterEach(() => document.body.replaceChildren());

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

describe('CrmSaid', () => {
  it('shows the consultant’s sentence, and the CRM’s Message and MessageDetail only behind a closed disclosure', () => {
    const s = createWizardState('no');
    const root = mount(<CrmSaid state={s} error={{ kind: 'crm-message', message: { en: 'said', no: 'SuperOffice sa nei' }, crm: { message: 'An error has occurred.', detail: 'SQL timeout' } }} />);
    expect(root.querySelector('[data-testid="crm-error"]')?.textContent).toBe('SuperOffice sa nei');
    const details = root.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Hva SuperOffice sa');
    expect([...(details?.querySelectorAll('p') ?? [])].map((p) => p.textContent)).toEqual(['An error has occurred.', 'SQL timeout']);
  });

  it('has no disclosure when the CRM said nothing of its own (a network failure)', () => {
    const root = mount(<CrmSaid state={createWizardState('en')} error={{ kind: 'network', message: { en: 'Could not reach SuperOffice.', no: 'x' } }} />);
    expect(root.querySelector('details')).toBeNull();
  });
});

describe('VisibilityPicker on a tenant too large to list', () => {
  const typeSearch = (root: HTMLElement, text: string) => {
    const input = root.querySelector<HTMLInputElement>('#erp-picker-search');
    if (!input) throw new Error('no search field');
    act(() => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  const wait = (ms: number) => act(() => new Promise<void>((done) => setTimeout(done, ms)));

  /** The picker on a tenant with these users; what it shows, and what it asked the CRM for after "Ola" was typed. */
  async function typedOla(users: Array<{ associateId: number; name: string }>, complete = true) {
    const s = createWizardState('en');
    s.visibility.value = { all: false, associateIds: [], groupIds: [] };
    s.crm.users.value = users;
    s.crm.usersComplete.value = complete;
    const asked: string[] = [];
    const root = mount(<VisibilityPicker state={s} onSearch={async (q) => void asked.push(q)} />);
    const text = root.textContent ?? '';
    typeSearch(root, 'Ola');
    await wait(400);
    return { text, asked };
  }

  it('searches the CRM with what is typed (after a pause), and says why', async () => {
    const r = await typedOla(Array.from({ length: MAX_USERS }, (_, i) => ({ associateId: i + 1, name: `User ${i + 1}` })));
    expect(r.text).toContain('more users than one list holds');
    expect(r.asked).toEqual(['ola']);
  });

  it('searches the CRM when the list was cut short, even with fewer active users than the list holds', async () => {
    const r = await typedOla([{ associateId: 5, name: 'Kari Nordmann' }], false);
    expect(r.text).toContain('more users than one list holds');
    expect(r.asked).toEqual(['ola']);
  });

  it('does not search the CRM when every user is listed', async () => {
    const r = await typedOla([{ associateId: 5, name: 'Kari Nordmann' }]);
    expect(r.text).not.toContain('more users than one list holds');
    expect(r.asked).toEqual([]);
  });
});
