// Words of the popup and the options page (extension pages follow the browser's language).
import type { Lang } from './lang';

const en = {
  popupTitle: 'ERP Sync setup',
  checking: 'Checking this tab…',
  notSuperOffice: 'This tab is not a SuperOffice Settings and maintenance page.',
  howToGetThere: 'In SuperOffice CRM, open Settings and maintenance → Quote/Sync → the Sync tab.',
  syncTab: (tenant: string) => `SuperOffice ${tenant}: the Sync tab is open.`,
  otherScreen: (tenant: string) => `SuperOffice ${tenant}: Settings and maintenance, not the Sync tab.`,
  unknownScreen: (tenant: string) => `SuperOffice ${tenant}: Settings and maintenance.`,
  openWizard: 'Open the wizard on this page',
  openFailed: (why: string) => `The wizard could not be opened: ${why}`,
  optionsTitle: 'ERP Sync setup – options',
  languageLegend: 'Language of the wizard',
  languageFollow: 'Follow the CRM',
  languageEn: 'English',
  languageNo: 'Norwegian (bokmål)',
  saved: 'Saved.',
  timeoutLabel: 'Connector test timeout (seconds)',
  timeoutHelp: 'How long a test from this browser waits for the connector: 3 to 25 seconds (the browser stops longer requests).',
  timeoutInvalid: 'Enter a whole number of seconds from 3 to 25.',
  permissionsTitle: 'Access this extension has',
  permissionsSuperOffice: 'SuperOffice Online pages (required):',
  permissionsConnectors: 'Connector hosts granted for tests:',
  none: 'none',
};

const no: typeof en = {
  popupTitle: 'ERP-synk-oppsett',
  checking: 'Sjekker denne fanen…',
  notSuperOffice: 'Denne fanen er ikke en side i SuperOffice Innstillinger og vedlikehold.',
  howToGetThere: 'I SuperOffice CRM: åpne Innstillinger og vedlikehold → Tilbud/Sync → fanen Sync.',
  syncTab: (tenant) => `SuperOffice ${tenant}: fanen Sync er åpen.`,
  otherScreen: (tenant) => `SuperOffice ${tenant}: Innstillinger og vedlikehold, ikke fanen Sync.`,
  unknownScreen: (tenant) => `SuperOffice ${tenant}: Innstillinger og vedlikehold.`,
  openWizard: 'Åpne veiviseren på denne siden',
  openFailed: (why) => `Veiviseren kunne ikke åpnes: ${why}`,
  optionsTitle: 'ERP-synk-oppsett – innstillinger',
  languageLegend: 'Språk i veiviseren',
  languageFollow: 'Følg CRM',
  languageEn: 'Engelsk',
  languageNo: 'Norsk (bokmål)',
  saved: 'Lagret.',
  timeoutLabel: 'Tidsavbrudd for test av connector (sekunder)',
  timeoutHelp: 'Hvor lenge en test fra denne nettleseren venter på connectoren: 3 til 25 sekunder (nettleseren stopper lengre forespørsler).',
  timeoutInvalid: 'Skriv et helt antall sekunder fra 3 til 25.',
  permissionsTitle: 'Tilgang utvidelsen har',
  permissionsSuperOffice: 'SuperOffice Online-sider (påkrevd):',
  permissionsConnectors: 'Connector-verter tillatt for tester:',
  none: 'ingen',
};

export const UI_TEXTS = { en, no } satisfies Record<Lang, typeof en>;
