// Field types, in the connector's spelling (spec §4). The CRM's REST side names the date type
// `Date` and gives Label the number 99; both spellings are normalised here.

export const FIELD_TYPES = ['Checkbox', 'Text', 'Password', 'Integer', 'Double', 'List', 'Datetime', 'Label'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const ACCESS_LEVELS = ['Normal', 'Mandatory', 'ReadOnly'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** The CRM-side enum (`ErpSync` agent): `Date` instead of `Datetime`, Label also as 99. */
export type CrmFieldType = 'Checkbox' | 'Text' | 'Password' | 'Integer' | 'Double' | 'List' | 'Date' | 'Label';
export const CRM_LABEL_NUMBER = 99;

/** Normalise a type as sent by a connector or the CRM; null when unknown. */
export function normaliseFieldType(raw: string | number | null | undefined): FieldType | null {
  if (raw === null || raw === undefined) return null;
  const t = String(raw).trim();
  if (t === String(CRM_LABEL_NUMBER)) return 'Label';
  const lower = t.toLowerCase();
  if (lower === 'date') return 'Datetime';
  return FIELD_TYPES.find((f) => f.toLowerCase() === lower) ?? null;
}

export function toCrmFieldType(t: FieldType): CrmFieldType {
  return t === 'Datetime' ? 'Date' : t;
}

export function fromCrmFieldType(raw: CrmFieldType | number | string): FieldType | null {
  return normaliseFieldType(raw);
}

export function normaliseAccess(raw: string | null | undefined): Access | null {
  const lower = (raw ?? '').trim().toLowerCase();
  return ACCESS_LEVELS.find((a) => a.toLowerCase() === lower) ?? null;
}
