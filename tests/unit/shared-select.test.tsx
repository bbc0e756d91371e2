// sharedSelect (components/configure/shared-select.tsx): the options a row's select gets from a
// shared set, and, deferred, its chosen option first and the whole list once idle, focused, pressed
// or re-rendered, its value kept throughout.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crmOptionSet, directionOptionSet } from '../../components/configure/option-nodes';
import { sharedSelect } from '../../components/configure/shared-select';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

const t = CONFIGURE_TEXTS.en;
const values = (el: HTMLSelectElement) => [...el.options].map((o) => o.value);
const CONTACT = ['', 'NAME', 'NUMBER1', 'NUMBER2', 'DEPARTMENT', 'PHONE', 'FAX', 'EMAIL', 'URL', 'POSTALAD1', 'POSTALZIP', 'POSTALCITY', 'COUNTRY', 'VATNO', 'CATEGORY'];

function mount(props: { value: string; deferred?: boolean; extra?: { value: string; label: string } | null }) {
  const root = document.createElement('div');
  document.body.append(root);
  const draw = (p: typeof props) => render(sharedSelect({ 'aria-label': 'Field', set: crmOptionSet('Contact', t, 'en'), ...p }), root);
  draw(props);
  const el = root.querySelector('select');
  if (!el) throw new Error('no select');
  return { el, draw };
}

describe('sharedSelect', () => {
  it('clones the whole set with the value chosen; an unknown value the CRM answered comes second', () => {
    const { el } = mount({ value: 'X_CUSTOM', extra: { value: 'X_CUSTOM', label: 'Custom field' } });
    expect(values(el)).toEqual(['', 'X_CUSTOM', ...CONTACT.slice(1)]);
    expect(el.value).toBe('X_CUSTOM');
    expect(el.options[1]?.textContent).toBe('Custom field');
    expect(el.options[0]?.textContent).toBe(t.noField);
  });

  it('re-renders set the value and keep the options (no duplicate), in another language swap them', () => {
    const { el, draw } = mount({ value: 'NAME' });
    draw({ value: 'EMAIL' });
    expect(values(el)).toEqual(CONTACT);
    expect(el.value).toBe('EMAIL');
    render(sharedSelect({ 'aria-label': 'Field', set: crmOptionSet('Contact', CONFIGURE_TEXTS.no, 'no'), value: 'EMAIL' }), el.parentElement as HTMLElement);
    expect(el.options[7]?.textContent).toBe('E-post');
    expect(el.value).toBe('EMAIL');
  });

  it('deferred: only the chosen option at first, the whole list once idle, the value kept', async () => {
    vi.useFakeTimers();
    const { el } = mount({ value: 'PHONE', deferred: true });
    expect(values(el)).toEqual(['PHONE']);
    expect(el.value).toBe('PHONE');
    expect(el.options[0]?.textContent).toBe('Telephone');
    await vi.runAllTimersAsync();
    expect(values(el)).toEqual(CONTACT);
    expect(el.value).toBe('PHONE');
  });

  it('deferred: focus or a press completes the list at once, before the select handles it', () => {
    const a = mount({ value: '', deferred: true });
    const b = mount({ value: 'URL', deferred: true });
    expect(values(a.el)).toEqual(['']);
    a.el.focus();
    expect(values(a.el)).toEqual(CONTACT);
    expect(a.el.value).toBe('');
    expect(values(b.el)).toEqual(['URL']);
    b.el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    expect(values(b.el)).toEqual(CONTACT);
    expect(b.el.value).toBe('URL');
  });

  it('deferred: a re-render completes it; a change made by a person reaches onChange', async () => {
    const seen: string[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    const draw = (value: string) => render(sharedSelect({ 'aria-label': 'Field', set: crmOptionSet('Contact', t, 'en'), value, deferred: true, onChange: (e) => seen.push(e.currentTarget.value) }), root);
    await act(() => draw('NAME'));
    const el = root.querySelector('select') as HTMLSelectElement;
    await act(() => draw('FAX'));
    expect(values(el)).toEqual(CONTACT);
    expect(el.value).toBe('FAX');
    el.value = 'VATNO';
    el.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toEqual(['VATNO']);
  });

  it('direction sets carry the disabled reason as a tooltip', () => {
    const set = directionOptionSet(t, { 'to-crm': 'no-crm-field', 'to-erp': 'no-crm-field', both: 'no-crm-field' });
    const root = document.createElement('div');
    document.body.append(root);
    render(sharedSelect({ 'aria-label': 'Direction', set, value: 'none' }), root);
    const el = root.querySelector('select') as HTMLSelectElement;
    expect([...el.options].map((o) => [o.value, o.disabled])).toEqual([['none', false], ['to-crm', true], ['to-erp', true], ['both', true]]);
    expect(el.options[1]?.title).toBe(t.blocks['no-crm-field']);
  });
});
