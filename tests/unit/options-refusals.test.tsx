// The options page's "Refused messages": each reason in words with its count, the total and when
// the last one was, in English and Norwegian; a background that does not answer is said so.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createRefusalsState, RefusedMessages } from '../../components/options/RefusedMessages';
import { DIAGNOSTICS_TEXTS } from '../../lib/i18n/diagnostics-texts';
import type { RefusalCounts, Replies } from '../../lib/messages/protocol';

const counts: RefusalCounts = { counts: { 'unknown-sender': 3, 'not-allowed': 1, 'invalid-message': 0, oversized: 2, 'not-permitted': 0 }, lastAt: 1_700_000_000_000 };
const when = (ms: number) => `at ${ms}`;

async function show(reply: Replies['ui/refusals'], lang: 'en' | 'no' = 'en') {
  const state = createRefusalsState(async () => reply);
  await state.load();
  const root = document.createElement('div');
  document.body.append(root);
  render(<RefusedMessages state={state} t={DIAGNOSTICS_TEXTS[lang]} when={when} />, root);
  return root;
}

afterEach(() => document.body.replaceChildren());

describe('refused messages on the options page', () => {
  it('lists every reason with its count, the total and the last one', async () => {
    const root = await show({ ok: true, value: counts });
    expect(root.querySelector('h2')?.textContent).toBe('Refused messages');
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [tr.getAttribute('data-kind'), tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]);
    expect(rows).toEqual([
      ['unknown-sender', 'From an unknown sender (another extension, a web page, a page that is not SuperOffice)', '3'],
      ['not-allowed', 'A request its sender may not make', '1'],
      ['invalid-message', 'Malformed', '0'],
      ['oversized', 'Too large', '2'],
      ['not-permitted', 'A test of a connector host you have not allowed', '0'],
    ]);
    // Row and column headers for screen readers; the explanation describes the table.
    expect([...root.querySelectorAll('th[scope="row"]')].length).toBe(5);
    expect(root.querySelector('table')?.getAttribute('aria-describedby')).toBe('refusals-help');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('6 messages refused in all. Last one: at 1700000000000.');
  });

  it('speaks Norwegian', async () => {
    const root = await show({ ok: true, value: { ...counts, counts: { ...counts.counts, 'unknown-sender': 0, oversized: 0 } } }, 'no');
    expect(root.querySelector('h2')?.textContent).toBe('Avviste meldinger');
    expect(root.querySelector('tr[data-kind="not-allowed"] th')?.textContent).toBe('En forespørsel avsenderen ikke har lov til å sende');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('1 melding avvist i alt. Siste: at 1700000000000.');
  });

  it('says when the extension does not answer, without a table of zeros', async () => {
    const root = await show({ ok: false, error: { code: 'invalid-message', message: 'No answer from the extension' } });
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('The extension did not answer; reload this page.');
  });
});
