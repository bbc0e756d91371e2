// What to do next, in plain words, in English and Norwegian (bokmål), for every outcome.
import type { Classified, Hint } from './outcome';

const h = (en: string, no: string): Hint => ({ en, no });

export function hintFor(o: Classified<unknown>): Hint {
  switch (o.kind) {
    case 'ok':
      return o.result.State === 'Warning' || o.result.State === 'OkWithInfo'
        ? h('The connector answered and accepted the call, with a remark: read its explanation.', 'Koblingen svarte og godtok kallet, med en merknad: les forklaringen.')
        : h('The connector answered and accepted the call.', 'Koblingen svarte og godtok kallet.');
    case 'bad-url':
      switch (o.reason) {
        case 'app-url':
          return h('app:// connectors (SuperOffice Online) are reached by the CRM only: use "Test ERP connection" in SuperOffice.', 'app://-koblinger (SuperOffice Online) nås bare av CRM: bruk «Test ERP-koblingen» i SuperOffice.');
        case 'plugin-url':
          return h('plugin:// connectors run inside the CRM server: test them from SuperOffice.', 'plugin://-koblinger kjører i CRM-serveren: test dem fra SuperOffice.');
        case 'credentials':
          return h('Remove the user name and password from the URL; configuration fields carry credentials.', 'Fjern brukernavn og passord fra URL-en; påloggingen legges i konfigurasjonsfeltene.');
        default:
          return h('Check the connector URL: it must start with http:// or https://, usually ending in ErpConnectorWS.svc.', 'Sjekk URL-en til koblingen: den må starte med http:// eller https://, og slutter vanligvis på ErpConnectorWS.svc.');
      }
    case 'not-permitted':
      return h(`The extension may not contact ${o.origin} yet: allow access to this address when asked, then test again.`, `Utvidelsen har ikke lov til å kontakte ${o.origin} ennå: gi tilgang til adressen når du blir spurt, og test på nytt.`);
    case 'unreachable':
      switch (o.cause) {
        case 'dns':
          return h('The host name could not be found: check the spelling, or whether it is only known inside the customer\'s network (VPN).', 'Vertsnavnet ble ikke funnet: sjekk stavemåten, eller om navnet bare finnes i kundens nettverk (VPN).');
        case 'refused':
          return h('Nothing answers on that address and port: is the connector service running, and is the port right?', 'Ingenting svarer på adressen og porten: kjører koblingstjenesten, og er porten riktig?');
        default:
          return h('The connector could not be reached: the name may not resolve, the service may be down, a firewall or VPN may block it, or its certificate may not be trusted.', 'Koblingen kunne ikke nås: navnet finnes kanskje ikke, tjenesten kan være nede, en brannmur eller VPN kan stenge, eller sertifikatet er ikke godkjent.');
      }
    case 'tls':
      return h('The HTTPS certificate was not accepted (self-signed, expired or for another name). The CRM\'s servers will refuse it too: install a valid certificate.', 'HTTPS-sertifikatet ble ikke godtatt (selvsignert, utløpt eller for et annet navn). CRM-serverne vil også avvise det: installer et gyldig sertifikat.');
    case 'timeout':
      return h(`No complete answer within ${Math.round(o.timeoutMs / 1000)} s: the connector or the ERP system behind it is slow or stuck. Try again, or ask whoever runs the connector.`, `Ikke fullstendig svar innen ${Math.round(o.timeoutMs / 1000)} s: koblingen eller ERP-systemet bak er tregt eller henger. Prøv igjen, eller kontakt den som drifter koblingen.`);
    case 'cancelled':
      return h('The test was cancelled.', 'Testen ble avbrutt.');
    case 'redirect':
      return redirectHint(o.location, o.sameOrigin);
    case 'http-status':
      return httpHint(o.status);
    case 'not-soap':
      switch (o.reason) {
        case 'windows-auth':
          return h('The service asks for Windows sign-in (Negotiate/NTLM). The CRM cannot sign in that way: allow anonymous access to ErpConnectorWS.svc in IIS.', 'Tjenesten krever Windows-pålogging (Negotiate/NTLM). CRM kan ikke logge på slik: tillat anonym tilgang til ErpConnectorWS.svc i IIS.');
        case 'html-page':
          return h('The address answers with a web page (a login or start page), not the connector service: check the path, usually …/ErpConnectorWS.svc.', 'Adressen svarer med en nettside (innlogging eller startside), ikke koblingstjenesten: sjekk stien, vanligvis …/ErpConnectorWS.svc.');
        case 'empty':
          return h('The address answered with an empty body: it is probably not the connector service.', 'Adressen svarte med tomt innhold: det er trolig ikke koblingstjenesten.');
        case 'doctype':
          return h('The answer declares a DOCTYPE or entities, which a connector never sends: it was refused unread for safety (nothing expanded, nothing fetched). Check what answers at this address.', 'Svaret deklarerer en DOCTYPE eller entiteter, noe en kobling aldri sender: det ble avvist ulest av sikkerhetshensyn (ingenting utvidet, ingenting hentet). Sjekk hva som svarer på adressen.');
        case 'bad-encoding':
          return h('The answer holds bytes that are not valid in its character set (UTF-8 unless it declares another): the CRM cannot read it either. The connector must send UTF-8 and say so (Content-Type: text/xml; charset=utf-8).', 'Svaret inneholder byte som ikke er gyldige i tegnsettet sitt (UTF-8 om ikke et annet er oppgitt): CRM kan heller ikke lese det. Koblingen må sende UTF-8 og si det (Content-Type: text/xml; charset=utf-8).');
        default:
          return h('The answer is not what an ERP Sync Connector sends: check that the URL points at the connector\'s ErpConnectorWS.svc.', 'Svaret ligner ikke på det en ERP Sync-kobling sender: sjekk at URL-en peker på koblingens ErpConnectorWS.svc.');
      }
    case 'too-large':
      return h(`The answer was larger than ${Math.round(o.limitBytes / 1024)} kB and was not read further: the URL probably points at something else than the connector (a download, a stream), or the connector sends far more than its configuration.`, `Svaret var større enn ${Math.round(o.limitBytes / 1024)} kB og ble ikke lest videre: URL-en peker trolig på noe annet enn koblingen (en nedlasting, en strøm), eller koblingen sender langt mer enn konfigurasjonen sin.`);
    case 'soap-fault':
      return faultHint(o.faultcode, o.faultstring, o.version);
    case 'contract-mismatch':
      return h(
        `The connector speaks another contract than the one the call used (${clip(o.faultcode, 60) || 'a contract fault'}: its SOAPAction or namespace did not match), and it publishes no WSDL that could be read. Ask the connector's vendor for its contract namespace (and, if different, the namespace of its request members) and enter them under Advanced (command line: --namespace, --member-namespace).`,
        `Koblingen bruker en annen kontrakt enn den kallet brukte (${clip(o.faultcode, 60) || 'en kontraktsfeil'}: SOAPAction eller navnerom passet ikke), og den publiserer ingen WSDL som kunne leses. Be leverandøren av koblingen om kontraktens navnerom (og, hvis det er et annet, navnerommet til forespørselens felt) og fyll dem inn under Avansert (kommandolinjen: --namespace, --member-namespace).`,
      );
    case 'connector-error':
      if (/Object reference not set to an instance of an object/i.test(`${o.UserExplanation ?? ''} ${o.TechExplanation ?? ''}`)) {
        return h(
          'The connector answered "Object reference not set to an instance of an object": it most likely did not receive the values at all, because it reads them in another namespace than they were sent in. This is not about the values you typed: enter the namespace of its request members under Advanced (ask the connector\'s vendor), then test again.',
          'Koblingen svarte «Object reference not set to an instance of an object»: den fikk trolig ikke verdiene i det hele tatt, fordi den leser dem i et annet navnerom enn de ble sendt i. Det gjelder ikke verdiene du fylte inn: fyll inn navnerommet til forespørselens felt under Avansert (spør leverandøren av koblingen), og test på nytt.',
        );
      }
      return h('The connector answered but refused: read its explanation, correct the configuration fields (credentials, paths, numbers) and test again.', 'Koblingen svarte, men avviste: les forklaringen, rett konfigurasjonsfeltene (pålogging, stier, tall) og test på nytt.');
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function redirectHint(sent: string | null, sameOrigin: boolean | null): Hint {
  const location = sent === null ? null : clip(sent, 200);
  if (location === null) {
    // A service worker sees an opaque redirect: it knows there is one, not where to.
    return h('The address redirects elsewhere (the browser does not reveal where), and redirects are not followed for a connector. Open the address in a browser tab to see where it leads, then enter the service\'s final address as the URL.', 'Adressen videresender et annet sted (nettleseren viser ikke hvor), og videresendinger følges ikke for en kobling. Åpne adressen i en nettleserfane for å se hvor den fører, og bruk tjenestens endelige adresse som URL.');
  }
  if (sameOrigin === false) {
    return h(`The address redirects to another server (${location}); redirects are not followed for a connector, so nothing was sent there. If that server really is the connector, enter its address as the URL.`, `Adressen videresender til en annen server (${location}); videresendinger følges ikke for en kobling, så ingenting ble sendt dit. Hvis den serveren virkelig er koblingen, bruk adressen dens som URL.`);
  }
  return h(`The address redirects to ${location}. Enter the final address of the service (often https instead of http) as the URL.`, `Adressen videresender til ${location}. Bruk tjenestens endelige adresse (ofte https i stedet for http) som URL.`);
}

function faultHint(code: string, text: string, version: '1.1' | '1.2'): Hint {
  const said = text ? ` “${clip(text, 160)}”` : '';
  if (version === '1.2') {
    return h(`The service answered with a SOAP 1.2 fault${said}. Sync Connectors speak SOAP 1.1 (WCF basicHttpBinding), as the CRM calls them: the connector's endpoint must use basicHttpBinding.`, `Tjenesten svarte med en SOAP 1.2-feil${said}. Sync Connectors bruker SOAP 1.1 (WCF basicHttpBinding), slik CRM kaller dem: endepunktet til koblingen må bruke basicHttpBinding.`);
  }
  if (/ActionNotSupported|ContractFilter/i.test(code + text)) {
    return h('The service does not know this operation: it may not be an ERP connector, or it uses another namespace (try the namespace option).', 'Tjenesten kjenner ikke denne operasjonen: det er kanskje ikke en ERP-kobling, eller den bruker et annet navnerom (prøv navnerom-valget).');
  }
  return h(`The connector service failed with a SOAP fault${said}: send this text to whoever runs the connector.`, `Koblingstjenesten feilet med en SOAP-feil${said}: send denne teksten til den som drifter koblingen.`);
}

function httpHint(status: number): Hint {
  if (status === 401 || status === 403) {
    return h(`The service refused access (HTTP ${status}): the connector must allow anonymous calls to ErpConnectorWS.svc.`, `Tjenesten nektet tilgang (HTTP ${status}): koblingen må tillate anonyme kall til ErpConnectorWS.svc.`);
  }
  if (status === 404) {
    return h('Nothing at that path (HTTP 404): check the path of the URL, usually …/ErpConnectorWS.svc.', 'Ingenting på den stien (HTTP 404): sjekk stien i URL-en, vanligvis …/ErpConnectorWS.svc.');
  }
  if (status >= 500) {
    return h(`The connector's server failed (HTTP ${status}): check its logs, or ask whoever runs it.`, `Serveren til koblingen feilet (HTTP ${status}): sjekk loggene, eller spør den som drifter den.`);
  }
  return h(`The service answered HTTP ${status} instead of a connector answer: check the URL.`, `Tjenesten svarte HTTP ${status} i stedet for et koblingssvar: sjekk URL-en.`);
}
