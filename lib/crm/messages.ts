// What each CRM error means for the consultant, and what to do about it.
import type { CrmErrorKind, Plain } from './result';

const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function errorMessage(kind: CrmErrorKind, status: number | null, detail: string | null): Plain {
  const d = detail ? clip(detail.trim()) : '';
  switch (kind) {
    case 'unauthorized':
      return {
        en: 'SuperOffice no longer accepts this page’s session: you were signed out, or the page’s security token (XSRF) has expired. Reload the page (sign in again if asked) and retry — nothing you typed is lost.',
        no: 'SuperOffice godtar ikke lenger denne sidens økt: du er logget ut, eller sidens sikkerhetsnøkkel (XSRF) er utløpt. Last siden på nytt (logg på igjen om du blir bedt om det) og prøv igjen — ingenting du har skrevet, går tapt.',
      };
    case 'forbidden':
      return {
        en: `SuperOffice refused the wizard access to the ERP Sync settings${d ? ` (“${d}”)` : ''}. Either your user lacks the rights for Settings and maintenance (ask an administrator), or — in SuperOffice Online — the ErpSync API is restricted and only open to apps that asked for it when they were registered; then set it up in the CRM’s own Sync screen or through the sync app.`,
        no: `SuperOffice nektet veiviseren tilgang til ERP Sync-innstillingene${d ? ` («${d}»)` : ''}. Enten mangler brukeren din rettigheter til Innstillinger og vedlikehold (spør en administrator), eller — i SuperOffice Online — er ErpSync-API-et begrenset og bare åpent for apper som ba om det da de ble registrert; sett det da opp i CRM-ets eget Sync-skjermbilde eller via sync-appen.`,
      };
    case 'crm-message':
      return {
        en: `SuperOffice could not do it and said: “${d || 'An error has occurred.'}” Nothing you typed is lost: check the values, wait a moment and try again; if it persists, show the details to your SuperOffice administrator.`,
        no: `SuperOffice fikk det ikke til og sa: «${d || 'Det oppstod en feil.'}» Ingenting du har skrevet, går tapt: sjekk verdiene, vent litt og prøv igjen; om det vedvarer, vis detaljene til SuperOffice-administratoren.`,
      };
    case 'not-found':
      return {
        en: `SuperOffice found nothing for this${d ? ` (${d})` : ''}: it may have been deleted by someone else. Reload the lists and try again.`,
        no: `SuperOffice fant ingenting for dette${d ? ` (${d})` : ''}: det kan være slettet av noen andre. Last listene på nytt og prøv igjen.`,
      };
    case 'validation':
      return {
        en: `SuperOffice refused the values: ${d || 'no reason given'}. Correct them and try again.`,
        no: `SuperOffice godtok ikke verdiene: ${d || 'ingen grunn oppgitt'}. Rett dem og prøv igjen.`,
      };
    case 'server':
      return {
        en: `SuperOffice had an internal error (HTTP ${status ?? '?'})${d ? `: ${d}` : ''}. Wait a moment and try again; if it persists, contact SuperOffice support.`,
        no: `SuperOffice fikk en intern feil (HTTP ${status ?? '?'})${d ? `: ${d}` : ''}. Vent litt og prøv igjen; om det vedvarer, kontakt SuperOffice support.`,
      };
    case 'network':
      return {
        en: 'Could not reach SuperOffice. Check your network connection and try again.',
        no: 'Fikk ikke kontakt med SuperOffice. Sjekk nettverkstilkoblingen og prøv igjen.',
      };
    case 'timeout':
      return {
        en: 'SuperOffice did not answer in time. When it calls a Sync Connector, a slow or unreachable connector makes it wait: check the connector, then try again.',
        no: 'SuperOffice svarte ikke i tide. Når den kaller en Sync Connector, venter den på en treg eller utilgjengelig connector: sjekk connectoren og prøv igjen.',
      };
    case 'bad-response':
      return {
        en: `SuperOffice answered with something this wizard did not expect${d ? ` (${d})` : ''}. Reload the page and try again; if it persists, make the change in the CRM’s own Sync screen.`,
        no: `SuperOffice svarte med noe veiviseren ikke forventet${d ? ` (${d})` : ''}. Last siden på nytt og prøv igjen; om det vedvarer, gjør endringen i CRM-ets eget Sync-skjermbilde.`,
      };
  }
}
