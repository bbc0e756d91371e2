// The popup's issue-17 texts (the rest are in lib/i18n/ui-texts.ts), English and Norwegian (bokmål).
const en = {
  checkExisting: 'Check existing connections',
  editOf: (name: string) => `Edit of ${name}`,
  editMeta: (when: string) => `Changes to a connection in the CRM, not yet saved · ${when}`,
};
const no: typeof en = {
  checkExisting: 'Sjekk eksisterende koblinger',
  editOf: (name) => `Endring av ${name}`,
  editMeta: (when) => `Endringer i en kobling i CRM-et, ikke lagret ennå · ${when}`,
};
export const popupTexts = (lang: 'en' | 'no') => (lang === 'no' ? no : en);
