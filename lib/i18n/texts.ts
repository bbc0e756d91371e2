// The panel's words, English and Norwegian, in SuperOffice's own wording where it has one.
import type { Lang } from './lang';

const en = {
  panelTitle: 'ERP Sync setup',
  close: 'Close the wizard',
  progress: 'Steps',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  steps: ['Install the sync app', 'Sync Connector', 'ERP connection', 'Test ERP connection', 'OK', 'Next steps'],
  bgChecking: 'Checking the extension…',
  bgOk: (version: string, ms: number) => `Extension ready (version ${version}, answered in ${ms} ms).`,
  bgFailed: (why: string) => `The extension's background did not answer: ${why}. Reload the page; if it persists, reinstall the extension.`,
  installIntro:
    'A sync app connects SuperOffice CRM to your ERP system. It provides the Sync Connector that the CRM calls to read and write ERP data.',
  installAppStore: 'Search the SuperOffice App Store for “sync”',
  installCheck: [
    'Find a standard sync app for the customer’s ERP system, or have a partner or the customer’s own team build one.',
    'Install and register it following the app vendor’s instructions.',
    'Note the connector’s URL (app://… for SuperOffice Online, or the address of ErpConnectorWS.svc onsite).',
  ],
};

const no: typeof en = {
  panelTitle: 'ERP-synk-oppsett',
  close: 'Lukk veiviseren',
  progress: 'Trinn',
  stepOf: (n, total) => `Trinn ${n} av ${total}`,
  steps: ['Installer sync-appen', 'Sync Connector', 'ERP-kobling', 'Test ERP-koblingen', 'OK', 'Neste trinn'],
  bgChecking: 'Sjekker utvidelsen…',
  bgOk: (version, ms) => `Utvidelsen er klar (versjon ${version}, svarte på ${ms} ms).`,
  bgFailed: (why) => `Utvidelsens bakgrunnsprosess svarte ikke: ${why}. Last inn siden på nytt; hvis det vedvarer, installer utvidelsen på nytt.`,
  installIntro:
    'En sync-app kobler SuperOffice CRM til ERP-systemet ditt. Den leverer Sync Connectoren som CRM kaller for å lese og skrive ERP-data.',
  installAppStore: 'Søk etter «sync» i SuperOffice App Store',
  installCheck: [
    'Finn en standard sync-app for kundens ERP-system, eller få en utviklet av en SuperOffice-partner eller kundens eget team.',
    'Installer og registrer den etter instruksjonene fra app-leverandøren.',
    'Noter connectorens URL (app://… for SuperOffice Online, eller adressen til ErpConnectorWS.svc for lokale installasjoner).',
  ],
};

export type Texts = typeof en;
export const TEXTS: Record<Lang, Texts> = { en, no };
export const APP_STORE_SEARCH_URL = 'https://online.superoffice.com/appstore/app/search?phrase=sync';
