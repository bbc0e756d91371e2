// The SuperOffice fields an ERP field may be mapped to, per CRM entity, with the names the CRM
// shows. From docs/en/api/plugins/erp-connectors/automatic-field-mapping.md (the fields the sync
// engine knows by name) plus Category, a list field (docs/en/erp/admin/configure.md, "List mapping").
// The REST key of a CRM field is not documented: the key used is that page's ERP-side name, which is
// also what the CRM answers in CrmFieldKey when it mapped a field itself. A key the CRM answers that
// is not here is still shown (by its CrmDisplayName), never dropped.
export type CrmFieldType = 'Text' | 'Integer' | 'Double' | 'Date' | 'List' | 'Checkbox';

export interface CrmFieldOption {
  key: string;
  name: { en: string; no: string };
  type: CrmFieldType;
}

const o = (key: string, en: string, no: string, type: CrmFieldType = 'Text'): CrmFieldOption => ({ key, name: { en, no }, type });

export const CRM_FIELD_OPTIONS: Record<string, CrmFieldOption[]> = {
  Contact: [
    o('NAME', 'Name', 'Navn'), o('NUMBER1', 'Code', 'Kode'), o('NUMBER2', 'Number', 'Nummer'), o('DEPARTMENT', 'Department', 'Avdeling'),
    o('PHONE', 'Telephone', 'Telefon'), o('FAX', 'Fax', 'Faks'), o('EMAIL', 'E-mail', 'E-post'), o('URL', 'Web site', 'Nettsted'),
    o('POSTALAD1', 'Postal addr., address line 1', 'Postadresse, linje 1'), o('POSTALZIP', 'Postal addr., zip code', 'Postadresse, postnummer'),
    o('POSTALCITY', 'Postal addr., city', 'Postadresse, poststed'), o('COUNTRY', 'Country', 'Land'), o('VATNO', 'VAT No', 'Org.nr.'),
    o('CATEGORY', 'Category', 'Kategori', 'List'),
  ],
  Person: [
    o('FIRSTNAME', 'First name', 'Fornavn'), o('LASTNAME', 'Last name', 'Etternavn'), o('TITLE', 'Title', 'Tittel'), o('EMAIL', 'E-mail', 'E-post'),
    o('PHONE_MOBILE', 'Mobile phone', 'Mobiltelefon'), o('BIRTHDATE', 'Birthdate', 'Fødselsdato', 'Date'),
  ],
  Project: [o('NAME', 'Project name', 'Prosjektnavn'), o('TEXT', 'Description', 'Beskrivelse'), o('NUMBER', 'Number', 'Nummer'), o('URL', 'Web site', 'Nettsted'), o('ENDDATE', 'End date', 'Sluttdato', 'Date')],
};

export function crmFieldOptions(actorTypeCrm: string): CrmFieldOption[] {
  return CRM_FIELD_OPTIONS[actorTypeCrm] ?? [];
}
