// From what the consultant typed to `ConnectionInfo` (FieldKey → encoded value), checking each
// value against its field: type, MaxLength, Mandatory, list items. Fields left out send their
// DefaultValue, as the CRM's dialog would show it pre-filled; a Password field left out is sent empty.
import { encodeValue } from './codec';
import { effectiveMaxLength, MAX_VALUE_LENGTH, type ConfigField } from './fields';
import { parsePlain } from './plain';
import { localPlain } from './plain-reason';
import { hasForbiddenXmlChars } from './soap';

export type ValueProblemCode = 'unknown-field' | 'malformed' | 'too-long' | 'missing-mandatory' | 'not-in-list' | 'forbidden-chars' | 'read-only';
export interface ValueProblem {
  FieldKey: string;
  code: ValueProblemCode;
  message: string;
}

export interface PreparedValues {
  /** Ready for WSTestConfigData. */
  connectionInfo: Record<string, string>;
  problems: ValueProblem[];
}

export interface PrepareOptions {
  /** Known list items per ListName (keys); when given, a List value must be one of them. */
  listKeys?: Readonly<Record<string, readonly string[]>>;
  /** The panel's language: in Norwegian, numbers may have a decimal comma and spaced thousands. */
  lang?: 'en' | 'no';
}

export function prepareConnectionInfo(
  fields: readonly ConfigField[],
  plain: Readonly<Record<string, string>>,
  opts: PrepareOptions = {},
): PreparedValues {
  const connectionInfo: Record<string, string> = {};
  const problems: ValueProblem[] = [];
  const byKey = new Map(fields.map((f) => [f.FieldKey, f]));
  for (const key of Object.keys(plain)) {
    if (!byKey.has(key)) problems.push({ FieldKey: key, code: 'unknown-field', message: `The connector has no field "${key}"` });
  }
  for (const f of fields) {
    if (f.FieldType === 'Label') continue; // static text: nothing to send
    const typed = Object.hasOwn(plain, f.FieldKey) ? plain[f.FieldKey] : undefined;
    const problem = (code: ValueProblemCode, message: string) => problems.push({ FieldKey: f.FieldKey, code, message });
    if (typed === undefined) {
      // An untyped password is sent empty, never as its default (which is a placeholder, if anything).
      if (f.FieldType === 'Password' && f.Access !== 'ReadOnly') {
        if (f.Access === 'Mandatory') problem('missing-mandatory', `"${f.FieldKey}" is mandatory`);
        else put(connectionInfo, f.FieldKey, '');
      } else if (f.DefaultValue !== '') put(connectionInfo, f.FieldKey, f.DefaultValue);
      else if (f.Access === 'Mandatory') problem('missing-mandatory', `"${f.FieldKey}" is mandatory`);
      continue;
    }
    if (f.Access === 'ReadOnly') {
      problem('read-only', `"${f.FieldKey}" is read-only; its default is sent`);
      if (f.DefaultValue !== '') put(connectionInfo, f.FieldKey, f.DefaultValue);
      continue;
    }
    if (hasForbiddenXmlChars(typed)) {
      problem('forbidden-chars', `"${f.FieldKey}" contains control characters that cannot be sent`);
      continue;
    }
    const parsed = parsePlain(f.FieldType, localPlain(f.FieldType, typed, opts.lang));
    if (!parsed.ok) {
      problem('malformed', `${f.FieldKey}: ${parsed.error.message}`);
      continue;
    }
    const encoded = encodeValue(parsed.value);
    if (!encoded.ok) {
      problem('malformed', `${f.FieldKey}: ${encoded.error.message}`);
      continue;
    }
    const limit = effectiveMaxLength(f);
    if (typed.length > limit || encoded.value.length > MAX_VALUE_LENGTH) {
      problem('too-long', `"${f.FieldKey}" allows at most ${limit} characters (got ${typed.length})`);
      continue;
    }
    if (f.Access === 'Mandatory' && encoded.value.trim() === '') {
      problem('missing-mandatory', `"${f.FieldKey}" is mandatory`);
    }
    const keys = f.ListName ? opts.listKeys?.[f.ListName] : undefined;
    if (f.FieldType === 'List' && keys && encoded.value !== '' && !keys.includes(encoded.value)) {
      problem('not-in-list', `"${encoded.value}" is not an item of the list ${f.ListName} (${keys.slice(0, 10).join(', ')})`);
    }
    put(connectionInfo, f.FieldKey, encoded.value);
  }
  return { connectionInfo, problems };
}

/** An own property whatever the key: a field named `__proto__` must not set the prototype (and lose its value). */
function put(target: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
