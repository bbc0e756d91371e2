// Texts for the CRM's own answers and the connector added at the test step (issue 13), in
// English and Norwegian (bokmål). Kept apart from texts.ts so the two merge without conflict.
import type { Lang } from './lang';

const en = {
  blockers: {
    'crm-not-tested': 'Only this browser’s test passed. The CRM’s own test must pass for exactly these values (step 4): its servers are the ones that will sync.',
    'too-long': {
      name: 'The ERP connection’s name is longer than the CRM stores (254 characters; step 3).',
      description: 'The description is longer than the CRM stores (254 characters; step 3).',
      'connector-name': 'The Sync Connector’s name is longer than the CRM stores (254 characters; step 2).',
    },
  },
  crmSaid: 'What SuperOffice said',
  pickerLarge: 'This CRM has more users than one list holds: type part of a name and the CRM is searched too.',
  crmAddsConnector: (name: string) => `Testing first adds the Sync Connector “${name}” to the CRM’s Sync Connectors (as Sync Connectors → Add does), so that the CRM can test it from its own servers.`,
  crmAddedConnector: (name: string, id: number) => `The Sync Connector “${name}” was added to the CRM’s Sync Connectors (id ${id}) for the CRM’s test. If you delete this draft before OK, the wizard offers to remove it again.`,
  removeQuestion: (name: string, id: number) => `This draft added the Sync Connector “${name}” (id ${id}) to the CRM, and OK was never pressed. Remove it from the CRM’s Sync Connectors too?`,
  removeYes: 'Remove it from the CRM',
  removeNo: 'Keep it',
  removing: 'Removing…',
  removed: (name: string) => `The Sync Connector “${name}” was removed from the CRM.`,
  removeHasConnections: (name: string) => `The Sync Connector “${name}” was kept: the CRM says ERP connections use it.`,
  removeGone: (name: string) => `The Sync Connector “${name}” is no longer in the CRM.`,
  notCompared: (keys: string[]) => `Read back from the CRM and compared. Not compared: ${keys.join(', ')} — the CRM does not show passwords back, so what it stored cannot be checked here; the CRM’s test passed with it.`,
  removeFailed: (name: string, why: string) => `The Sync Connector “${name}” could not be removed, so it is still in the CRM: ${why} You can remove it in the CRM’s Sync tab (Sync Connectors).`,
};

const no: typeof en = {
  blockers: {
    'crm-not-tested': 'Bare testen fra denne nettleseren gikk bra. CRM-ets egen test må gå bra for nøyaktig disse verdiene (trinn 4): det er serverne dets som skal synkronisere.',
    'too-long': {
      name: 'Navnet på ERP-koblingen er lengre enn CRM-et lagrer (254 tegn; trinn 3).',
      description: 'Beskrivelsen er lengre enn CRM-et lagrer (254 tegn; trinn 3).',
      'connector-name': 'Navnet på Sync Connectoren er lengre enn CRM-et lagrer (254 tegn; trinn 2).',
    },
  },
  crmSaid: 'Hva SuperOffice sa',
  pickerLarge: 'Dette CRM-et har flere brukere enn én liste rommer: skriv en del av et navn, så søkes det i CRM-et også.',
  crmAddsConnector: (name) => `Testen legger først til Sync Connectoren «${name}» i CRM-ets Sync Connectors (slik Sync Connectors → Legg til gjør), så CRM-et kan teste den fra sine egne servere.`,
  crmAddedConnector: (name, id) => `Sync Connectoren «${name}» ble lagt til i CRM-ets Sync Connectors (id ${id}) for CRM-ets test. Sletter du dette utkastet før OK, tilbyr veiviseren å fjerne den igjen.`,
  removeQuestion: (name, id) => `Dette utkastet la til Sync Connectoren «${name}» (id ${id}) i CRM-et, og OK ble aldri trykket. Vil du fjerne den fra CRM-ets Sync Connectors også?`,
  removeYes: 'Fjern den fra CRM-et',
  removeNo: 'Behold den',
  removing: 'Fjerner…',
  removed: (name) => `Sync Connectoren «${name}» ble fjernet fra CRM-et.`,
  removeHasConnections: (name) => `Sync Connectoren «${name}» ble beholdt: CRM-et sier at ERP-koblinger bruker den.`,
  removeGone: (name) => `Sync Connectoren «${name}» finnes ikke lenger i CRM-et.`,
  notCompared: (keys) => `Lest tilbake fra CRM-et og sammenlignet. Ikke sammenlignet: ${keys.join(', ')} — CRM-et viser ikke passord tilbake, så det som er lagret, kan ikke kontrolleres her; CRM-ets test gikk bra med det.`,
  removeFailed: (name, why) => `Sync Connectoren «${name}» kunne ikke fjernes, så den er fortsatt i CRM-et: ${why} Du kan fjerne den i CRM-ets Sync-fane (Sync Connectors).`,
};

export type CrmTexts = typeof en;
export const CRM_TEXTS: Record<Lang, CrmTexts> = { en, no };
