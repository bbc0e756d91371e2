// The fields the reference connector offers per ERP actor type (WSGetSupportedActorTypeFields), and
// the lists those fields use (WSGetList). Shapes from SuperOffice's docs:
// * docs/en/api/plugins/erp-connectors/ (setting up mapping of fields): "GetSupportedActorTypeFields(
//   Guid connectionId, string actorType)" answers FieldMetaDataObjects, e.g. NAME (Text), NUMBER1,
//   STDTERMS (List, ListName "TermList"); the types are a subset of customer/supplier, person, project.
// * docs/en/api/plugins/erp-connectors/automatic-field-mapping.md: the field keys the CRM recognises
//   (NAME, NUMBER1, EMAIL, PHONE, …), so some keys here match it and some (Navn-like names) do not.
// Each of the two actor types has one Mandatory field and one List field.
import type { FieldMeta } from './wcf-result.ts';
import { f, type ProfileName } from './profiles.ts';


const financeActors: Record<string, FieldMeta[]> = {
  Customer: [
    f({ FieldKey: 'NAME', Rank: 1, FieldType: 'Text', Access: 'Mandatory', MaxLength: 100, DisplayName: 'NO:"Kundenavn";US:"Customer name"' }),
    f({ FieldKey: 'NUMBER1', Rank: 2, FieldType: 'Text', MaxLength: 20, DisplayName: 'NO:"Kundenummer";US:"Customer number"' }),
    f({ FieldKey: 'EMAIL', Rank: 3, FieldType: 'Text', MaxLength: 200, DisplayName: 'NO:"E-post";US:"E-mail"' }),
    f({ FieldKey: 'Telefon', Rank: 4, FieldType: 'Text', MaxLength: 30, DisplayName: 'NO:"Telefon";US:"Phone"' }),
    f({ FieldKey: 'CATEGORY', Rank: 5, FieldType: 'List', ListName: 'customerCategories', DisplayName: 'NO:"Kundekategori";US:"Customer category"' }),
    f({ FieldKey: 'CREDITLIMIT', Rank: 6, FieldType: 'Double', DisplayName: 'NO:"Kredittgrense";US:"Credit limit"' }),
  ],
  Supplier: [
    f({ FieldKey: 'Navn', Rank: 1, FieldType: 'Text', Access: 'Mandatory', MaxLength: 100, DisplayName: 'NO:"Leverandørnavn";US:"Supplier name"' }),
    f({ FieldKey: 'NUMBER1', Rank: 2, FieldType: 'Integer', DisplayName: 'NO:"Leverandørkode";US:"Supplier code"' }),
    f({ FieldKey: 'STDTERMS', Rank: 3, FieldType: 'List', ListName: 'TermList', DisplayName: 'NO:"Betalingsbetingelser";US:"Standard terms"' }),
    f({ FieldKey: 'URL', Rank: 4, FieldType: 'Text', DisplayName: 'NO:"Nettsted";US:"Web site"' }),
  ],
};

export const ACTOR_FIELDS: Partial<Record<ProfileName, Record<string, FieldMeta[]>>> = { finance: financeActors, strict: financeActors };

// "Kunde A" and "Kunde B" on purpose look alike: a consultant may map both to one CRM item.
const financeLists: Record<string, Record<string, string>> = {
  customerCategories: { A: 'Kunde A', B: 'Kunde B', P: 'Prospekt', X: 'Utgått' },
  TermList: { '14': '14 dager netto', '30': '30 dager netto', KONT: 'Kontant' },
};

export const ACTOR_LISTS: Partial<Record<ProfileName, Record<string, Record<string, string>>>> = { finance: financeLists, strict: financeLists };
