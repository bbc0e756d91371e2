// GetConfigurationFields answers JSON with the CRM-side FieldType enum (`Date`, Label = 99). Rather
// than re-implement the protocol library's checks, each item is dressed as the connector's
// FieldMetadataInfo element and handed to `decodeFields`: same fallbacks, same warnings.
import * as z from 'zod/mini';
import { CRM_LABEL_NUMBER, decodeFields, fromCrmFieldType, type DecodedFields } from '../protocol';
import type { XmlElement } from '../protocol/xml';

// FieldMetadataType in the CRM's database docs: Checkbox = 0 … Date = 6, Label = 99.
const CRM_TYPE_NUMBERS = ['Checkbox', 'Text', 'Password', 'Integer', 'Double', 'List', 'Date'] as const;

const scalar = z.optional(z.nullable(z.union([z.string(), z.number(), z.boolean()])));
const CrmFieldSchema = z.object({
  FieldKey: scalar,
  Rank: scalar,
  DisplayName: scalar,
  DisplayDescription: scalar,
  FieldType: scalar,
  ListName: scalar,
  DefaultValue: scalar,
  MaxLength: scalar,
  Access: scalar,
});
export const CrmFieldsSchema = z.array(CrmFieldSchema);
export type CrmFieldJson = z.infer<typeof CrmFieldSchema>;

/** The connector's spelling of a CRM-side type; unknown types pass through for decodeFields to flag. */
export function connectorTypeName(raw: unknown): string {
  if (typeof raw === 'number') {
    if (raw === CRM_LABEL_NUMBER) return 'Label';
    const named = CRM_TYPE_NUMBERS[raw];
    if (named) return fromCrmFieldType(named) ?? named;
    return String(raw);
  }
  const t = fromCrmFieldType(String(raw ?? ''));
  return t ?? String(raw ?? '');
}

const element = (local: string, text: string, children: XmlElement[] = []): XmlElement => ({ name: local, prefix: '', local, ns: '', attrs: {}, children, text });

function asElement(f: CrmFieldJson): XmlElement {
  const kids: XmlElement[] = [];
  for (const [k, v] of Object.entries(f)) {
    if (v === null || v === undefined) continue; // absent = nil for decodeFields
    kids.push(element(k, k === 'FieldType' ? connectorTypeName(v) : String(v)));
  }
  return element('FieldMetadataInfo', '', kids);
}

export function decodeCrmFields(items: readonly CrmFieldJson[]): DecodedFields {
  return decodeFields(element('FieldMetaDataObjects', '', items.map(asElement)));
}
