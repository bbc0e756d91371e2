// The two places a test runs (spec §6): the browser (this network) and the CRM (its servers, the
// ones that will sync). When they disagree, that is worth saying plainly.
import type { OutcomeKind } from '../protocol';
import type { CrmError, Plain } from './result';

export type Verdict =
  | 'not-tested' | 'both-ok' | 'both-failed'
  /** Browser reached it, the CRM did not: firewall, private address, certificate. */
  | 'crm-cannot-reach'
  /** The CRM reached it, this browser did not: fine for the sync. */
  | 'browser-cannot-reach'
  | 'crm-only-ok' | 'crm-only-failed' | 'browser-only-ok' | 'browser-only-failed'
  /** The CRM could not run its test at all (rights, session, …). */
  | 'crm-error';

export interface Comparison {
  verdict: Verdict;
  /** Whether the sync can be expected to work, as far as the tests tell. */
  tone: 'ok' | 'warning' | 'error' | 'info';
  message: Plain;
}

/** `null` = not run; `'ok'` or a failure kind from the protocol library. */
export type BrowserTest = OutcomeKind | null;
/** `null` = not run; the CRM's yes/no; or the error that stopped it. */
export type CrmTest = boolean | CrmError | null;

// These say nothing about reachability: the browser test simply did not happen.
const NOT_RUN: readonly OutcomeKind[] = ['not-permitted', 'cancelled'];

/** 10.x, 172.16–31.x, 192.168.x, 127.x, localhost, *.local, link-local and private IPv6. */
export function isPrivateHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.internal') || h.endsWith('.lan') || (!h.includes('.') && !h.includes(':'))) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(h);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  return h === '::1' || /^f[cd]/.test(h) || h.startsWith('fe80');
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

const M = (verdict: Verdict, tone: Comparison['tone'], en: string, no: string): Comparison => ({ verdict, tone, message: { en, no } });

export function compareTests(browser: BrowserTest, crm: CrmTest, connectorUrl?: string): Comparison {
  const onlyCrm = /^(app|plugin):\/\//i.test(connectorUrl?.trim() ?? '');
  const b = onlyCrm || (browser !== null && NOT_RUN.includes(browser)) ? null : browser;
  if (crm !== null && typeof crm === 'object')
    return M('crm-error', 'error', `The CRM could not run its test: ${crm.message.en}`, `CRM-et kunne ikke kjøre testen sin: ${crm.message.no}`);
  if (b === null && crm === null) return onlyCrm
    ? M('not-tested', 'info', 'Not tested yet. app:// and plugin:// addresses are resolved by the CRM’s servers, so only the CRM can test them.', 'Ikke testet ennå. app://- og plugin://-adresser slås opp av CRM-ets servere, så bare CRM-et kan teste dem.')
    : M('not-tested', 'info', 'Not tested yet.', 'Ikke testet ennå.');
  if (b === null) return crm
    ? M('crm-only-ok', 'ok', `The CRM’s test passed: its servers reach the connector and it accepts the values.${onlyCrm ? ' (Only the CRM can test app:// and plugin:// addresses.)' : ''}`, `CRM-ets test gikk bra: serverne når connectoren, og den godtar verdiene.${onlyCrm ? ' (Bare CRM-et kan teste app://- og plugin://-adresser.)' : ''}`)
    : M('crm-only-failed', 'error', 'The CRM’s test failed. The CRM gives no reason: check the connector’s URL and the configuration fields (user name, password, database …), then test again.', 'CRM-ets test mislyktes. CRM-et oppgir ingen grunn: sjekk connectorens URL og konfigurasjonsfeltene (brukernavn, passord, database …) og test igjen.');
  if (crm === null) return b === 'ok'
    ? M('browser-only-ok', 'info', 'The test from this browser passed. Test from the CRM too: its servers are the ones that will sync.', 'Testen fra denne nettleseren gikk bra. Test også fra CRM-et: det er serverne dets som skal synkronisere.')
    : M('browser-only-failed', 'warning', 'The test from this browser failed. Check the URL and the fields, or test from the CRM: its result is what matters for the sync.', 'Testen fra denne nettleseren mislyktes. Sjekk URL-en og feltene, eller test fra CRM-et: det er resultatet derfra som teller for synkroniseringen.');
  if (b === 'ok' && crm) return M('both-ok', 'ok', 'Both tests passed: this browser and the CRM’s servers reach the connector, and it accepts the values.', 'Begge testene gikk bra: både denne nettleseren og CRM-ets servere når connectoren, og den godtar verdiene.');
  if (b === 'ok') {
    const host = hostOf(connectorUrl);
    const priv = host && isPrivateHost(host)
      ? { en: ` The address ${host} is private (internal network): SuperOffice’s servers cannot reach it. Publish the connector on a public address.`, no: ` Adressen ${host} er privat (internt nett): SuperOffices servere kan ikke nå den. Publiser connectoren på en offentlig adresse.` }
      : { en: '', no: '' };
    return M('crm-cannot-reach', 'error',
      `The CRM’s servers cannot reach a host your browser can: a firewall, a private address (e.g. 10.x/192.168.x/localhost), or a certificate the CRM’s servers don’t trust.${priv.en}`,
      `CRM-ets servere når ikke en vert som nettleseren din når: en brannmur, en privat adresse (f.eks. 10.x/192.168.x/localhost) eller et sertifikat CRM-ets servere ikke stoler på.${priv.no}`);
  }
  // The CRM knows the connector's contract (it speaks it every day); this browser guessed it wrong.
  if (crm && b === 'contract-mismatch')
    return M('browser-cannot-reach', 'ok', 'The CRM’s test passed, but the connector did not understand this browser’s call: it speaks another contract and publishes no WSDL. The CRM’s result is what matters for the sync; to test from this browser too, enter the contract’s namespaces under Advanced.', 'CRM-ets test gikk bra, men connectoren forsto ikke kallet fra denne nettleseren: den bruker en annen kontrakt og publiserer ingen WSDL. Det er CRM-ets resultat som teller for synkroniseringen; for å teste fra denne nettleseren også, skriv inn kontraktens navnerom under Avansert.');
  if (crm) return b === 'connector-error'
    ? M('browser-cannot-reach', 'ok', 'The connector refused this browser’s test but accepted the CRM’s. Connectors for SuperOffice Online may only accept calls signed by SuperOffice; the CRM’s result is what matters for the sync.', 'Connectoren avviste testen fra denne nettleseren, men godtok CRM-ets. Connectorer for SuperOffice Online godtar kanskje bare kall signert av SuperOffice; det er CRM-ets resultat som teller for synkroniseringen.')
    : M('browser-cannot-reach', 'ok', 'The connector is reachable from the CRM but not from this browser (e.g. a VPN or firewall on your side) — the CRM’s result is what matters for the sync.', 'Connectoren kan nås fra CRM-et, men ikke fra denne nettleseren (f.eks. VPN eller brannmur hos deg) — det er CRM-ets resultat som teller for synkroniseringen.');
  return M('both-failed', 'error', 'Both tests failed. Check the connector’s URL and the configuration fields, fix them, and test again.', 'Begge testene mislyktes. Sjekk connectorens URL og konfigurasjonsfeltene, rett dem og test igjen.');
}
