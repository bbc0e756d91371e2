// Words of the page that asks the consultant for access to one connector host.
import type { Lang } from './lang';

const en = {
  title: 'Allow testing a Sync Connector',
  why: (host: string) =>
    `The ERP Sync setup wizard wants to test the Sync Connector at ${host} from your browser. It will only send the connector protocol's calls (reading its configuration fields and testing the values you typed) to this host, and nothing else.`,
  scope: (hostname: string) => `This allows ${hostname} on any port. You can revoke it at any time in the extension’s options.`,
  allow: 'Allow',
  cancel: 'Cancel',
  granted: 'Access granted. You can close this window and press “Test ERP connection” again.',
  refused: 'Access was not granted. The wizard can still test the connector from the CRM.',
  invalid: 'This address is not a connector the wizard can test from the browser (only http:// and https:// addresses, not SuperOffice’s own hosts).',
};

const no: typeof en = {
  title: 'Tillat test av en Sync Connector',
  why: (host) =>
    `Veiviseren for ERP-synk vil teste Sync Connectoren på ${host} fra nettleseren din. Den sender bare connector-protokollens kall (lese konfigurasjonsfeltene og teste verdiene du har skrevet) til denne verten, og ingenting annet.`,
  scope: (hostname) => `Dette gjelder ${hostname} på alle porter. Du kan trekke tilbake tilgangen når som helst i utvidelsens innstillinger.`,
  allow: 'Tillat',
  cancel: 'Avbryt',
  granted: 'Tilgang gitt. Du kan lukke dette vinduet og trykke «Test ERP-koblingen» igjen.',
  refused: 'Tilgang ble ikke gitt. Veiviseren kan fortsatt teste connectoren fra CRM.',
  invalid: 'Denne adressen er ikke en connector veiviseren kan teste fra nettleseren (bare http://- og https://-adresser, ikke SuperOffices egne verter).',
};

export const GRANT_TEXTS = { en, no } satisfies Record<Lang, typeof en>;
