// Step marks from the wizard's real state, and values shown as the consultant chose them.
import { describe, expect, it } from 'vitest';
import type { ConfigField } from '../../lib/protocol';
import { createActions } from '../../lib/wizard/actions';
import { displayValue, wireValue } from '../../lib/wizard/display-value';
import { createWizardState } from '../../lib/wizard/model';
import { goTo, stepState } from '../../lib/wizard/navigation';
import { fakePorts, outcome } from './wizard-fakes';

const marks = (s: ReturnType<typeof createWizardState>) => [0, 1, 2, 3, 4, 5].map((i) => stepState(s, i));

describe('step marks', () => {
  it('tell done, failed, stale and not yet, wherever the consultant is', async () => {
    const s = createWizardState('en');
    const ports = fakePorts();
    const a = createActions(s, { crm: ports.crm, bg: ports.bg, newId: () => 'id' });
    expect(marks(s)).toEqual(['todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
    await a.loadCrm();
    s.connector.value = { mode: 'new', name: 'Finance 2', url: 'http://127.0.0.1:9/finance/ErpConnectorWS.svc' };
    s.name.value = 'Visma';
    await a.loadFields();
    s.values.value = { ...s.values.value, username: 'demo', password: 'wrong' };
    ports.setNextTest(outcome('connector-error'));
    ports.setCrmTest(false); // the CRM's own test decides while its agent answers
    await a.runTest();
    goTo(s, 4); // moving on after a failed test does not make it done
    expect(marks(s)).toEqual(['done', 'done', 'done', 'failed', 'todo', 'todo']);
    s.values.value = { ...s.values.value, password: 'demo123' };
    expect(stepState(s, 3)).toBe('stale');
    ports.setNextTest(outcome('ok'));
    ports.setCrmTest(true);
    await a.runTest();
    expect(stepState(s, 3)).toBe('done');
    await a.apply();
    // The fake CRM's list, read again, lacks the connector it created (id 8); a real CRM lists it.
    s.crm.connectors.value = [...(s.crm.connectors.value ?? []), { id: 8, name: 'Finance 2', url: 'http://127.0.0.1:9/finance/ErpConnectorWS.svc' }];
    expect(marks(s)).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    s.values.value = { ...s.values.value, username: 'other' };
    expect(stepState(s, 4)).toBe('stale'); // the CRM holds other values than the panel now shows
  });
});

const f = (FieldKey: string, FieldType: ConfigField['FieldType'], ListName: string | null = null): ConfigField => ({
  FieldKey, FieldType, ListName, Rank: 0, DisplayName: FieldKey, DisplayDescription: null, DefaultValue: '', MaxLength: 0, Access: 'Normal',
});

describe('values as chosen', () => {
  const items = [{ key: 'item3', text: 'Listeverdi 3' }, { key: 'x', text: 'US:"Yes please";NO:"Ja takk"' }];
  it('in English and Norwegian', () => {
    expect(displayValue(f('l', 'List', 'L'), 'item3', items, 'no')).toBe('Listeverdi 3');
    expect(displayValue(f('l', 'List', 'L'), 'x', items, 'no')).toBe('Ja takk');
    expect(displayValue(f('l', 'List', 'L'), 'gone', items, 'en')).toBe('gone');
    expect(displayValue(f('c', 'Checkbox'), 'true', undefined, 'no')).toBe('Ja');
    expect(displayValue(f('c', 'Checkbox'), 'false', undefined, 'en')).toBe('No');
    expect(displayValue(f('d', 'Double'), '3,5', undefined, 'no')).toBe('3,5');
    expect(displayValue(f('d', 'Double'), '1234.5', undefined, 'en')).toBe('1,234.5');
    expect(displayValue(f('d', 'Double'), '1234.5', undefined, 'no')).toMatch(/^1\s234,5$/);
    expect(displayValue(f('t', 'Datetime'), '2024-12-31 23:59', undefined, 'en')).toBe('31 Dec 2024, 23:59');
    expect(displayValue(f('t', 'Datetime'), '2024-12-31', undefined, 'en')).toBe('31 Dec 2024');
    expect(displayValue(f('p', 'Password'), 'secret', undefined, 'en')).toBe('••••••');
    expect(displayValue(f('p', 'Password'), undefined, undefined, 'en')).toBe('—');
    expect(displayValue(f('d', 'Double'), 'not a number', undefined, 'en')).toBe('not a number');
    expect(wireValue(f('p', 'Password'), 'secret')).toBe('••••••');
    expect(wireValue(f('d', 'Double'), '[F:3.5]')).toBe('[F:3.5]');
  });
});
