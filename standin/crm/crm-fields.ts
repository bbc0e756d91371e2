// The CRM-side fields an ERP field may be mapped to, per CRM actor type. Names from
// docs/en/api/plugins/erp-connectors/automatic-field-mapping.md (the CRM fields the sync engine
// maps automatically, by ERP field key, case-insensitively). The key of a CRM field in the REST
// carrier (CrmFieldKey) is not documented: the stand-in uses that page's ERP-side key, and refuses
// any other key (strict, as WCF is). Category is a list field (configure.md, "List mapping":
// "list fields, such as category or status").
export interface CrmField {
  key: string;
  name: string;
  type: 'Text' | 'Integer' | 'Double' | 'Date' | 'List';
  /** CRM list items (id → text) for List fields. */
  items?: Record<string, string>;
}

const t = (key: string, name: string, type: CrmField['type'] = 'Text'): CrmField => ({ key, name, type });

const CATEGORIES: Record<string, string> = { '1': 'Kunde', '2': 'Prospekt', '3': 'Leverandør', '4': 'Partner' };

export const CRM_FIELDS: Record<string, CrmField[]> = {
  Contact: [
    t('NAME', 'Name'), t('NUMBER1', 'Code'), t('NUMBER2', 'Number'), t('DEPARTMENT', 'Department'), t('PHONE', 'Telephone'), t('FAX', 'Fax'),
    t('EMAIL', 'E-mail'), t('URL', 'Web site'), t('POSTALAD1', 'Postal addr., address line 1'), t('POSTALZIP', 'Postal addr., zip code'),
    t('POSTALCITY', 'Postal addr., city'), t('COUNTRY', 'Country'), t('VATNO', 'VAT No'),
    { key: 'CATEGORY', name: 'Category', type: 'List', items: CATEGORIES },
  ],
  Person: [t('FIRSTNAME', 'First name'), t('LASTNAME', 'Last name'), t('TITLE', 'Title'), t('EMAIL', 'E-mail'), t('PHONE_MOBILE', 'Mobile phone'), t('BIRTHDATE', 'Birthdate', 'Date')],
  Project: [t('NAME', 'Project name'), t('TEXT', 'Description'), t('NUMBER', 'Number'), t('URL', 'Web site'), t('ENDDATE', 'End date', 'Date')],
};

/**
 * The CRM entity an ERP actor syncs to: the docs name the ERP types "customer/supplier, person,
 * project" (docs/en/api/plugins/erp-connectors/, mapping of fields), and GetActorTypeMapping's sample
 * pairs ActorTypeErp "Customer" with ActorTypeCrm "Contact".
 */
export function crmActorType(erpType: string): string | null {
  const t = erpType.toLowerCase();
  if (t === 'customer' || t === 'supplier') return 'Contact';
  if (t === 'person' || t === 'contact') return 'Person';
  if (t === 'project') return 'Project';
  return null;
}
