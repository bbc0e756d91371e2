// What the panel tells the consultant about a connector's broken field metadata: every warning
// in English and Norwegian, naming the field and what was sent, as text, capped so thousands of
// broken fields do not bury the form.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldWarnings } from '../../components/wizard/FieldWarnings';
import { decodeFields, MAX_FIELDS, type DecodedFields, type FieldWarningCode } from '../../lib/protocol/fields';
import { parseXml } from '../../lib/protocol/xml';
import { TEXTS } from '../../lib/i18n/texts';
import { createWizardState } from '../../lib/wizard/model';

const item = (parts: Record<string, string>) => `<F>${Object.entries(parts).map(([k, v]) => `<${k}>${v}</${k}>`).join('')}</F>`;
function decode(items: string[]): DecodedFields {
  const r = parseXml(`<Fields>${items.join('')}</Fields>`);
  if (!r.ok) throw new Error(r.error.message);
  return decodeFields(r.root);
}
function show(d: DecodedFields, lang: 'en' | 'no') {
  const root = document.createElement('div');
  document.body.append(root);
  render(<FieldWarnings state={createWizardState(lang)} warnings={d.warnings} fields={d.fields} />, root);
  return root;
}
const lines = (root: HTMLElement) => [...root.querySelectorAll('li')].map((li) => li.textContent);

afterEach(() => document.body.replaceChildren());

const HOSTILE = decode([
  item({ FieldKey: 'user', FieldType: 'Text', DisplayName: 'User name', Rank: '1' }),
  item({ FieldKey: 'user', FieldType: 'Integer', DisplayName: 'Again', Rank: '2' }),
  item({ FieldKey: 'colour', FieldType: 'Color', DisplayName: '&lt;b&gt;Colour&lt;/b&gt;' }),
  item({ FieldKey: 'code', FieldType: 'Text', MaxLength: '-5' }),
  item({ FieldKey: 'region', FieldType: 'Text', Rank: 'first' }),
  item({ FieldKey: 'retries', FieldType: 'Integer', DefaultValue: '[I:abc]' }),
]);

describe('field warnings in the panel', () => {
  it('say what was worked around, per field, in English', () => {
    const root = show(HOSTILE, 'en');
    expect(root.querySelector('[role="status"] p')?.textContent).toBe(TEXTS.en.fieldWarningsIntro);
    expect(lines(root)).toEqual([
      '“User name” (user) is declared more than once; the first declaration is used.',
      '“<b>Colour</b>” (colour): unknown field type “Color”; shown as read-only text, its default is sent as it is.',
      '“code”: maximum length “-5” is not between 0 and 1023; 1023 is used.',
      '“region”: position (Rank) “first” is not a whole number; the field is placed last.',
      '“retries”: default value “[I:abc]” does not fit the field’s type, so it is not filled in.',
    ]);
    // Markup from the connector is text, not an element.
    expect(root.querySelector('li b')).toBeNull();
  });

  it('and in Norwegian', () => {
    expect(lines(show(HOSTILE, 'no'))).toEqual([
      '«User name» (user) er deklarert mer enn én gang; den første deklarasjonen brukes.',
      '«<b>Colour</b>» (colour): ukjent felttype «Color»; vises som skrivebeskyttet tekst, standardverdien sendes som den er.',
      '«code»: maksimal lengde «-5» er ikke mellom 0 og 1023; 1023 brukes.',
      '«region»: plassering (Rank) «first» er ikke et heltall; feltet plasseres sist.',
      '«retries»: standardverdien «[I:abc]» passer ikke til feltets type, så den fylles ikke inn.',
    ]);
  });

  it('are capped, saying how many more there are; too many fields are counted', () => {
    const many = decode(Array.from({ length: 10_000 }, (_, i) => item({ FieldKey: `f${i}`, FieldType: 'Text', Rank: 'x' })));
    expect(many.fields).toHaveLength(MAX_FIELDS);
    const root = show(many, 'en');
    expect(lines(root)[0]).toBe(`The connector sent 10000 fields; only the first ${MAX_FIELDS} are shown and used.`);
    expect(lines(root)).toHaveLength(8);
    expect(root.querySelector('[role="status"] > p:last-child')?.textContent).toBe(`…and ${many.warnings.length - 8} more.`);
  });

  it('show nothing when there is nothing to say', () => {
    const root = show(decode([item({ FieldKey: 'a', FieldType: 'Text' })]), 'en');
    expect(root.innerHTML).toBe('');
  });

  it('have words for every warning code, in both languages', () => {
    const codes: FieldWarningCode[] = ['missing-key', 'key-too-long', 'duplicate-key', 'unknown-type', 'bad-max-length', 'bad-rank', 'bad-access', 'bad-default', 'missing-list-name', 'too-many-fields', 'invalid'];
    for (const code of codes) {
      const en = TEXTS.en.fieldWarnings[code]('“x”', 'sent', 2, 3);
      const no = TEXTS.no.fieldWarnings[code]('“x”', 'sent', 2, 3);
      expect(en.length, code).toBeGreaterThan(10);
      expect(no, code).not.toBe(en);
    }
  });
});
