// FieldMetadataInfo → ConfigField. A connector's metadata is input from outside: every oddity
// (unknown type, duplicate key, absurd length, missing parts) ends as a fallback plus a warning,
// never an exception. The result is checked against a zod schema before anyone sees it.
import * as z from 'zod/mini';
import { decodeValue, type TypedValue } from './codec';
import { ACCESS_LEVELS, FIELD_TYPES, normaliseAccess, normaliseFieldType } from './field-type';
import { resolveText } from './texts';
import { childText, isNil, type XmlElement } from './xml';

/** What the CRM stores per value (ConfigFields, spec §5): also the cap when MaxLength is 0. */
export const MAX_VALUE_LENGTH = 1023;
export const MAX_KEY_LENGTH = 255;
/** More is a broken connector: the first ones are used, with a warning. Drafts keep as many values (lib/drafts/limits.ts). */
export const MAX_FIELDS = 500;

export const ConfigFieldSchema = z.object({
  FieldKey: z.string().check(z.minLength(1), z.maxLength(MAX_KEY_LENGTH)),
  Rank: z.nullable(z.number().check(z.int())),
  DisplayName: z.string(),
  DisplayDescription: z.nullable(z.string()),
  FieldType: z.enum(FIELD_TYPES),
  ListName: z.nullable(z.string()),
  /** As sent, still encoded (`[I:1]`, ...). */
  DefaultValue: z.string(),
  /** 0 = unlimited (the CRM still caps values at 1023 characters). */
  MaxLength: z.number().check(z.int(), z.gte(0), z.lte(MAX_VALUE_LENGTH)),
  Access: z.enum(ACCESS_LEVELS),
  /** The type as sent, when it was unknown and the field fell back to read-only text. */
  SentFieldType: z.optional(z.string()),
});
export type ConfigField = z.infer<typeof ConfigFieldSchema> & {
  /**
   * DefaultValue decoded once, by decodeFields (null: none, or it does not decode). Fields read
   * elsewhere (the CRM's copy) may lack it: decodeDefault then decodes once per field object.
   */
  Default?: TypedValue | null;
};

/** Keys a message or a record must never carry (lib/messages/preflight.ts refuses them): such a field cannot be saved or tested. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type FieldWarningCode =
  | 'missing-key' | 'key-too-long' | 'duplicate-key' | 'unknown-type' | 'bad-max-length'
  | 'bad-rank' | 'bad-access' | 'bad-default' | 'missing-list-name' | 'too-many-fields' | 'invalid'
  /** A FieldKey such as `__proto__` or `constructor`: left out (no value under it could be saved). */
  | 'reserved-key'
  /** A List field's list sent more items than are kept (MAX_LIST_ITEMS): `count` is how many it sent. */
  | 'list-truncated';
export interface FieldWarning {
  code: FieldWarningCode;
  FieldKey: string | null;
  /** In English, for logs and the CLI; the panel words it from code, FieldKey, sent and count. */
  message: string;
  /** What the connector sent for the part concerned (clipped), when there is one. */
  sent?: string;
  /** too-many-fields, list-truncated: how many the connector sent. */
  count?: number;
}

export interface DecodedFields {
  /** Ordered by Rank (stable; fields without a Rank last, in the order sent). */
  fields: ConfigField[];
  warnings: FieldWarning[];
}

/** Decode the `FieldMetaDataObjects` element (any item element name, nil items skipped). */
export function decodeFields(container: XmlElement | undefined): DecodedFields {
  const warnings: FieldWarning[] = [];
  if (!container || isNil(container)) return { fields: [], warnings };
  let items = container.children.filter((c) => !isNil(c));
  if (items.length > MAX_FIELDS) {
    warnings.push({ code: 'too-many-fields', FieldKey: null, count: items.length, message: `The connector sent ${items.length} fields; only the first ${MAX_FIELDS} are used` });
    items = items.slice(0, MAX_FIELDS);
  }
  const seen = new Set<string>();
  const fields: ConfigField[] = [];
  for (const item of items) {
    const f = decodeField(item, warnings);
    if (!f) continue;
    if (seen.has(f.FieldKey)) {
      warnings.push({ code: 'duplicate-key', FieldKey: f.FieldKey, sent: clip(f.DisplayName), message: `FieldKey "${f.FieldKey}" is declared more than once; the first one is used` });
      continue;
    }
    seen.add(f.FieldKey);
    fields.push(f);
  }
  return { fields: sortByRank(fields), warnings };
}

export function sortByRank(fields: readonly ConfigField[]): ConfigField[] {
  return fields
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.Rank ?? Infinity) - (b.f.Rank ?? Infinity) || a.i - b.i)
    .map((x) => x.f);
}

function decodeField(item: XmlElement, warnings: FieldWarning[]): ConfigField | null {
  const key = childText(item, 'FieldKey') ?? '';
  const warn = (code: FieldWarningCode, message: string, sent?: string) =>
    warnings.push({ code, FieldKey: key || null, message, ...(sent !== undefined ? { sent: clip(sent) } : {}) });
  if (key.trim() === '') return warn('missing-key', 'A field without FieldKey was skipped'), null;
  if (key.length > MAX_KEY_LENGTH) return warn('key-too-long', `A FieldKey longer than ${MAX_KEY_LENGTH} characters was skipped`), null;
  if (RESERVED_KEYS.has(key)) return warn('reserved-key', `FieldKey "${key}" is a reserved word in the browser; the field was skipped`, key), null;

  const sentType = (childText(item, 'FieldType') ?? '').trim();
  let type = normaliseFieldType(sentType);
  const sentAccess = childText(item, 'Access');
  let access = normaliseAccess(sentAccess);
  if (sentAccess !== null && sentAccess.trim() !== '' && !access) warn('bad-access', `Unknown Access "${sentAccess}"; treated as Normal`, sentAccess);
  access ??= 'Normal';
  let listName = nonEmpty(childText(item, 'ListName'));
  let unknownType: string | undefined;
  if (!type) {
    warn('unknown-type', `Unknown FieldType "${sentType || '(none)'}"; shown as read-only text`, sentType);
    [type, access, unknownType] = ['Text', 'ReadOnly', sentType];
  } else if (type === 'List' && !listName) {
    warn('missing-list-name', 'A List field without ListName; shown as a text field');
    [type, listName] = ['Text', null];
  }

  const sentMax = (childText(item, 'MaxLength') ?? '').trim();
  let maxLength = sentMax === '' ? 0 : Number(sentMax);
  if (!Number.isInteger(maxLength) || maxLength < 0 || maxLength > MAX_VALUE_LENGTH) {
    warn('bad-max-length', `MaxLength "${sentMax}" is not between 0 and ${MAX_VALUE_LENGTH}; ${MAX_VALUE_LENGTH} is used`, sentMax);
    maxLength = MAX_VALUE_LENGTH;
  }
  const sentRank = (childText(item, 'Rank') ?? '').trim();
  let rank: number | null = sentRank === '' ? null : Number(sentRank);
  if (rank !== null && !Number.isSafeInteger(rank)) {
    warn('bad-rank', `Rank "${sentRank}" is not a whole number; the field is placed last`, sentRank);
    rank = null;
  }

  const field: ConfigField = {
    FieldKey: key,
    Rank: rank,
    DisplayName: nonEmpty(childText(item, 'DisplayName')) ?? key,
    DisplayDescription: nonEmpty(childText(item, 'DisplayDescription')),
    FieldType: type,
    ListName: listName,
    DefaultValue: childText(item, 'DefaultValue') ?? '',
    MaxLength: maxLength,
    Access: access,
    ...(unknownType !== undefined ? { SentFieldType: unknownType } : {}),
  };
  // No value longer than the CRM keeps can be a default: dropped, not decoded or rendered.
  if (field.DefaultValue.length > MAX_VALUE_LENGTH) {
    warn('bad-default', `DefaultValue is longer than ${MAX_VALUE_LENGTH} characters; ignored`, field.DefaultValue);
    field.DefaultValue = '';
  }
  const decoded = decodeValue(type, field.DefaultValue);
  if (field.DefaultValue && !decoded.ok) warn('bad-default', `DefaultValue "${clip(field.DefaultValue)}" does not fit a ${type} field; ignored`, field.DefaultValue);
  const checked = z.safeParse(ConfigFieldSchema, field);
  if (!checked.success) return warn('invalid', `Field "${key}" is invalid: ${z.prettifyError(checked.error)}`), null;
  return { ...checked.data, Default: decoded.ok ? decoded.value : null };
}

const decodedOnce = new WeakMap<ConfigField, TypedValue | null>();

/** The decoded DefaultValue, or null when there is none or it does not decode. Decoded once per field. */
export function decodeDefault(field: ConfigField): TypedValue | null {
  if (field.Default !== undefined) return field.Default;
  const known = decodedOnce.get(field);
  if (known !== undefined) return known;
  const r = decodeValue(field.FieldType, field.DefaultValue);
  const value = r.ok ? r.value : null;
  decodedOnce.set(field, value);
  return value;
}

/** The character limit a value must respect (MaxLength 0 = the CRM's own cap). */
export function effectiveMaxLength(field: ConfigField): number {
  return field.MaxLength === 0 ? MAX_VALUE_LENGTH : field.MaxLength;
}

export function fieldLabel(field: ConfigField, lang: string): string {
  return resolveText(field.DisplayName, lang);
}

export function fieldDescription(field: ConfigField, lang: string): string | null {
  return field.DisplayDescription === null ? null : resolveText(field.DisplayDescription, lang);
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

function nonEmpty(s: string | null): string | null {
  return s !== null && s.trim() !== '' ? s : null;
}
