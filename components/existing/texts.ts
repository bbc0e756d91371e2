// The existing-connections view's texts, English and Norwegian (bokmål).
import type { Lang } from '../../lib/i18n/lang';

const en = {
  choice: 'What do you want to do?',
  setUpNew: 'Set up a new connection',
  checkExisting: 'Check existing connections',
  title: 'Existing connections',
  loading: 'Reading the Sync tab…',
  connectors: 'Sync Connectors',
  connections: 'ERP connections',
  name: 'Name', kind: 'URL kind', uses: 'Connections', reach: 'Reachable from the CRM', connector: 'Connector', active: 'Active', visibleTo: 'Visible to', verdict: 'Last check', actions: 'Actions',
  yes: 'yes', no: 'no', notChecked: 'not checked',
  checkAll: 'Check all', checkRow: 'Check', cancel: 'Cancel', check: (n: string) => `Check ${n}`,
  progress: 'Progress of the check',
  elapsed: (done: number, total: number, s: string) => `${done} of ${total} done · ${s} s`,
  cancelled: 'Cancelled.',
  del: (n: string) => `Delete ${n}`,
  activate: (n: string) => `Activate ${n}`, deactivate: (n: string) => `Deactivate ${n}`,
  confirmConnection: (n: string) => `Delete the connection “${n}”? The CRM removes it, and tells its connector to forget it. Its mappings go with it.`,
  confirmConnector: (n: string) => `Delete the Sync Connector “${n}”? No connection uses it.`,
  confirmDelete: 'Delete', keep: 'Keep it',
  activateWarning: 'Activate only when the mappings are configured: an Active connection starts to sync.',
  report: 'Report', copyMd: 'Copy as Markdown', downloadMd: 'Download Markdown', downloadJson: 'Download JSON', copied: 'Copied.', copyFailed: 'The browser did not allow copying: use Download.',
  browserSaid: 'Browser', crmSaid: 'CRM',
};
type Texts = typeof en;
const no: Texts = {
  choice: 'Hva vil du gjøre?',
  setUpNew: 'Sett opp en ny kobling',
  checkExisting: 'Sjekk eksisterende koblinger',
  title: 'Eksisterende koblinger',
  loading: 'Leser Synk-fanen…',
  connectors: 'Sync Connectorer',
  connections: 'ERP-koblinger',
  name: 'Navn', kind: 'URL-type', uses: 'Koblinger', reach: 'Nås fra CRM-et', connector: 'Connector', active: 'Aktiv', visibleTo: 'Synlig for', verdict: 'Siste sjekk', actions: 'Handlinger',
  yes: 'ja', no: 'nei', notChecked: 'ikke sjekket',
  checkAll: 'Sjekk alle', checkRow: 'Sjekk', cancel: 'Avbryt', check: (n) => `Sjekk ${n}`,
  progress: 'Fremdrift for sjekken',
  elapsed: (done, total, s) => `${done} av ${total} ferdig · ${s} s`,
  cancelled: 'Avbrutt.',
  del: (n) => `Slett ${n}`,
  activate: (n) => `Aktiver ${n}`, deactivate: (n) => `Deaktiver ${n}`,
  confirmConnection: (n) => `Slette koblingen «${n}»? CRM-et fjerner den og ber connectoren glemme den. Tilordningene forsvinner med den.`,
  confirmConnector: (n) => `Slette Sync Connector «${n}»? Ingen kobling bruker den.`,
  confirmDelete: 'Slett', keep: 'Behold',
  activateWarning: 'Aktiver bare når tilordningene er satt opp: en aktiv kobling begynner å synkronisere.',
  report: 'Rapport', copyMd: 'Kopier som Markdown', downloadMd: 'Last ned Markdown', downloadJson: 'Last ned JSON', copied: 'Kopiert.', copyFailed: 'Nettleseren tillot ikke kopiering: bruk Last ned.',
  browserSaid: 'Nettleser', crmSaid: 'CRM',
};

export const existingTexts = (lang: Lang): Texts => (lang === 'no' ? no : en);
