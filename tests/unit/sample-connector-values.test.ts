// What SuperOffice's sample connector (Test.Excel) taught: passwords are never taken from a default,
// placeholder-looking defaults are pointed out, Norwegian numbers are read the Norwegian way, and
// a value that does not fit says why, in the panel's language.
import { describe, expect, it } from 'vitest';
import { plainReason, prepareConnectionInfo, type ConfigField } from '../../lib/protocol';
import { normalizeNorwegianNumber } from '../../lib/protocol/number-format';
import { reasonText } from '../../lib/i18n/value-texts';
import { patchFrom, restoreInto, secretKeysOf } from '../../lib/wizard/draft-mapping';
import { setup, TENANT } from '../fixtures/drafts/helpers';
import { createWizardState } from '../../lib/wizard/model';
import { confirmDefault, defaultNote, isPlaceholderDefault } from '../../lib/wizard/placeholder-defaults';
import { connectionStepErrors } from '../../lib/wizard/navigation';
import { problemText } from '../../lib/wizard/problem-text';

const field = (x: Partial<ConfigField> & Pick<ConfigField, 'FieldKey' | 'FieldType'>): ConfigField => ({
  Rank: 0, DisplayName: x.FieldKey, DisplayDescription: null, ListName: '', DefaultValue: '', MaxLength: 500, Access: 'Normal', ...x,
});
const PASSWORD = field({ FieldKey: 'PasswordField', FieldType: 'Password', DefaultValue: '[password]' });
const TEXT = field({ FieldKey: 'TextField', FieldType: 'Text', DefaultValue: '[text]' });
const DOUBLE = field({ FieldKey: 'DoubleField', FieldType: 'Double', DefaultValue: '[F:0]' });
const INTEGER = field({ FieldKey: 'IntegerField', FieldType: 'Integer', DefaultValue: '[I:0]' });

describe('password defaults', () => {
  it('an untyped Password field is sent empty, never as its default; a mandatory one is missing', () => {
    expect(prepareConnectionInfo([PASSWORD, TEXT], {}).connectionInfo).toEqual({ PasswordField: '', TextField: '[text]' });
    expect(prepareConnectionInfo([PASSWORD], { PasswordField: 's3cret' }).connectionInfo).toEqual({ PasswordField: 's3cret' });
    const mandatory = prepareConnectionInfo([{ ...PASSWORD, Access: 'Mandatory' }], {});
    expect(mandatory.connectionInfo).toEqual({});
    expect(mandatory.problems.map((p) => p.code)).toEqual(['missing-mandatory']);
  });

  it('a password the browser forgot stays a secret key of the draft (no change on open)', () => {
    const s = createWizardState('en');
    s.fields.value = { source: 'browser', forUrl: 'x', list: [PASSWORD], items: {} };
    expect(secretKeysOf(s, ['PasswordField'], {}, ['PasswordField'])).toEqual(['PasswordField']);
    s.fields.value = null;
    expect(secretKeysOf(s, ['PasswordField'], {}, ['PasswordField'])).toEqual(['PasswordField']);
    expect(secretKeysOf(s, ['PasswordField'], {}, [])).toEqual([]);
  });
});

describe('placeholder defaults', () => {
  it('are defaults in square brackets that are not a value encoding', () => {
    expect(isPlaceholderDefault(TEXT)).toBe(true);
    expect(isPlaceholderDefault(field({ FieldKey: 'l', FieldType: 'List', DefaultValue: '[choose]' }))).toBe(true);
    expect(isPlaceholderDefault(PASSWORD)).toBe(false); // a password is never prefilled at all
    expect(isPlaceholderDefault(DOUBLE)).toBe(false);
    expect(isPlaceholderDefault(INTEGER)).toBe(false);
    expect(isPlaceholderDefault(field({ FieldKey: 'd', FieldType: 'Datetime', DefaultValue: '[DT:01/31/2025 10:00:00.0000000]' }))).toBe(false);
    expect(isPlaceholderDefault(field({ FieldKey: 'c', FieldType: 'Checkbox', DefaultValue: '[I:0]' }))).toBe(false);
    expect(isPlaceholderDefault(field({ FieldKey: 'f', FieldType: 'Text', DefaultValue: 'ErpClient.xlsm' }))).toBe(false);
    expect(isPlaceholderDefault({ ...TEXT, Access: 'ReadOnly' })).toBe(false);
  });

  it('warn until the value changes or the consultant confirms it; a password default is only mentioned', () => {
    const s = createWizardState('en');
    s.values.value = { TextField: '[text]' };
    expect(defaultNote(s, TEXT)).toBe('placeholder');
    s.values.value = { TextField: 'Kunder' };
    expect(defaultNote(s, TEXT)).toBe(null);
    s.values.value = { TextField: '[text]' };
    confirmDefault(s, 'TextField');
    expect(defaultNote(s, TEXT)).toBe(null);
    expect(defaultNote(s, PASSWORD)).toBe('password-default');
    expect(defaultNote(s, { ...PASSWORD, DefaultValue: '' })).toBe(null);
  });
});

describe('Norwegian numbers', () => {
  it('read a decimal comma and spaced thousands, and send the invariant value', () => {
    expect(normalizeNorwegianNumber('3,5')).toBe('3.5');
    expect(normalizeNorwegianNumber(' 1 234,5 ')).toBe('1234.5');
    expect(normalizeNorwegianNumber('1\u00a0234\u00a0567,25')).toBe('1234567.25');
    expect(normalizeNorwegianNumber('1\u202f000')).toBe('1000');
    expect(normalizeNorwegianNumber('\u22122,5')).toBe('-2.5');
    expect(normalizeNorwegianNumber('3.5')).toBe('3.5');
    expect(normalizeNorwegianNumber('12 34')).toBe(null);
    expect(normalizeNorwegianNumber('1.234,5')).toBe(null);
    expect(normalizeNorwegianNumber('abc')).toBe(null);
    const no = (v: Record<string, string>) => prepareConnectionInfo([DOUBLE, INTEGER], v, { lang: 'no' });
    expect(no({ DoubleField: '3,5', IntegerField: '1 000' }).connectionInfo).toEqual({ DoubleField: '[F:3.5]', IntegerField: '[I:1000]' });
    expect(no({ DoubleField: '1\u00a0234,5' }).connectionInfo.DoubleField).toBe('[F:1234.5]');
    expect(no({ DoubleField: '3.5' }).connectionInfo.DoubleField).toBe('[F:3.5]');
    expect(no({ DoubleField: '1e3' }).connectionInfo.DoubleField).toBe('[F:1000]');
    // English stays strict: "3,5" may be 35 with a thousands separator.
    expect(prepareConnectionInfo([DOUBLE], { DoubleField: '3,5' }, { lang: 'en' }).problems.map((p) => p.code)).toEqual(['malformed']);
    expect(prepareConnectionInfo([DOUBLE], { DoubleField: '3,5' }).problems.map((p) => p.code)).toEqual(['malformed']);
  });

  it('a refused value says why, in the panel’s language', () => {
    const say = (type: ConfigField['FieldType'], text: string, lang: 'en' | 'no') => {
      const r = plainReason(type, text, lang);
      return r && reasonText(lang, r);
    };
    expect(say('Double', '3,5', 'no')).toBe(null);
    expect(say('Double', '3,5', 'en')).toBe('Use a dot as the decimal separator: 3.5');
    expect(say('Double', '1.234,5', 'no')).toBe('Skriv tallet med komma foran desimalene og mellomrom mellom tusener, f.eks. 1 234,5');
    expect(say('Double', 'tre', 'no')).toBe('Dette er ikke et tall, f.eks. 3,5');
    expect(say('Integer', '3,5', 'no')).toBe('Feltet tar et heltall, uten desimaler.');
    expect(say('Integer', '3.5', 'en')).toBe('This field takes a whole number, without decimals.');
    expect(say('Integer', '99999999999999999999', 'en')).toBe('This number is too large.');
    expect(say('Checkbox', 'kanskje', 'no')).toBe('Bruk ja eller nei (eller 1 eller 0).');
    expect(say('Datetime', '31.12.2024', 'no')).toBe('Skriv datoen med året først: 2024-12-31, eller 2024-12-31 23:59.');
    expect(say('Text', 'anything', 'en')).toBe(null);
  });
});

describe('a problem in words', () => {
  it('is the same on the field, on Next and in OK’s list: general, then the specific reason', () => {
    const s = createWizardState('no');
    s.fields.value = { source: 'browser', forUrl: 'x', list: [DOUBLE, { ...TEXT, Access: 'Mandatory', DefaultValue: '' }], items: {} };
    s.values.value = { DoubleField: '1.234,5', TextField: '' };
    const reason = 'Verdien passer ikke til feltets type. Skriv tallet med komma foran desimalene og mellomrom mellom tusener, f.eks. 1 234,5';
    expect(problemText(s, 'DoubleField', 'malformed')).toBe(reason);
    expect(problemText(s, 'TextField', 'missing-mandatory')).toBe('Feltet er obligatorisk.');
    expect(connectionStepErrors(s)).toContain(`DoubleField: ${reason}`);
    s.values.value = { DoubleField: '3,5', TextField: 'x' };
    expect(s.prepared.value).toEqual({ connectionInfo: { DoubleField: '[F:3.5]', TextField: 'x' }, problems: [] });
  });
});

describe('a kept placeholder default', () => {
  it('is stored with the draft, validated like every FieldKey, and restored', async () => {
    const { store } = setup();
    const created = await store.create(TENANT, { name: 'Excel' });
    if (!created.ok) throw new Error('create');
    const saved = await store.save(created.draft.id, { connection: { values: { TextField: '[text]' }, confirmedDefaults: ['TextField'] } }, created.draft.revision);
    if (!saved.ok) throw new Error('save');
    const s = createWizardState('en');
    restoreInto(s, saved.draft);
    expect(s.confirmedDefaults.value).toEqual(['TextField']);
    expect(patchFrom(s, []).connection?.confirmedDefaults).toEqual(['TextField']);
    // A draft without any keeps its shape (nothing new to save on open).
    restoreInto(s, created.draft);
    expect(s.confirmedDefaults.value).toEqual([]);
    expect(patchFrom(s, []).connection).not.toHaveProperty('confirmedDefaults');
    const bad = await store.save(created.draft.id, { connection: { confirmedDefaults: ['__proto__'] } }, saved.draft.revision);
    expect(bad.ok).toBe(false);
  });
});
