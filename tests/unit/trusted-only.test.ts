import { describe, expect, it, vi } from 'vitest';
import { acceptTrustedOnly, FORGED_EVENTS } from '../../lib/page/trusted-only';

const forgedCount = () => (globalThis as unknown as Record<symbol, number | undefined>)[Symbol.for(FORGED_EVENTS)] ?? 0;
/** happy-dom marks no event trusted; the browser does for the consultant's own clicks and keys. */
const trusted = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: true });

function panel() {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<form><input name="v"><button type="button">Add to the CRM</button></form>';
  document.body.append(host);
  acceptTrustedOnly(root);
  const button = root.querySelector('button') as HTMLButtonElement;
  const input = root.querySelector('input') as HTMLInputElement;
  const form = root.querySelector('form') as HTMLFormElement;
  const seen = { click: vi.fn(), submit: vi.fn(), input: vi.fn(), keydown: vi.fn() };
  button.addEventListener('click', seen.click);
  form.addEventListener('submit', seen.submit);
  input.addEventListener('input', seen.input);
  input.addEventListener('keydown', seen.keydown);
  return { button, input, form, seen };
}

describe('acceptTrustedOnly', () => {
  it('stops clicks and keys a page script makes, and counts them', () => {
    const { button, input, seen } = panel();
    const before = forgedCount();
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(seen.click).not.toHaveBeenCalled();
    expect(seen.keydown).not.toHaveBeenCalled();
    expect(forgedCount() - before).toBe(3);
  });

  it('lets the consultant’s own clicks and keys through, and leaves typing events to password managers', () => {
    const { button, input, seen } = panel();
    const before = forgedCount();
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    input.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    input.dispatchEvent(new Event('input', { bubbles: true })); // a password manager filling the field
    expect(seen.click).toHaveBeenCalledTimes(1);
    expect(seen.keydown).toHaveBeenCalledTimes(1);
    expect(seen.input).toHaveBeenCalledTimes(1);
    expect(forgedCount()).toBe(before);
  });

  it('cancels the forged event’s default action', () => {
    const { button } = panel();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
  });
});
