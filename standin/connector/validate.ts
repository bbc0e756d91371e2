// Generic checks every connector makes on ConnectionInfo before its own: mandatory fields,
// MaxLength, and the CultureDataFormatter encoding of typed values.
import type { Profile } from './profiles.ts';

export interface Problem {
  code: string;
  user: string;
  tech: string;
}

const FORMATS: Partial<Record<string, RegExp>> = {
  Integer: /^(\[I:-?\d+\]|-?\d+)$/,
  Double: /^(\[F:-?\d+(\.\d+)?\]|-?\d+(\.\d+)?)$/,
  Checkbox: /^(\[I:[01]\]|[01]|true|false)$/i,
  Datetime: /^\[DT:\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}(\.\d{1,7})?\]$/,
};

export function validateInfo(profile: Profile, info: Record<string, string>): Problem | null {
  for (const field of profile.fields) {
    if (field.Access === 'ReadOnly' || field.FieldType === 'Label') continue;
    const value = info[field.FieldKey] ?? '';
    if (field.Access === 'Mandatory' && value.trim() === '')
      return { code: 'MISSING_MANDATORY_FIELD', user: `Fill in the mandatory field "${field.FieldKey}".`, tech: `Mandatory field '${field.FieldKey}' is empty or missing` };
    if (value === '') continue;
    if (field.MaxLength > 0 && value.length > field.MaxLength)
      return { code: 'VALUE_TOO_LONG', user: `"${field.FieldKey}" is longer than ${field.MaxLength} characters.`, tech: `${field.FieldKey}: ${value.length} > ${field.MaxLength}` };
    const format = FORMATS[field.FieldType];
    if (format && !format.test(value))
      return { code: 'INVALID_VALUE_FORMAT', user: `"${field.FieldKey}" has a value in the wrong format.`, tech: `${field.FieldKey}='${value}' is not a valid ${field.FieldType}` };
  }
  return profile.check(info);
}
