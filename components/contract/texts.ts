// The Advanced part's words, English and Norwegian (bokmål). Kept here, beside the part, so the
// wizard's shared text table is not touched for one capability.
import type { DiscoveryMiss, DiscoveryRefusal } from '../../lib/protocol';

export const CONTRACT_TEXTS = {
  en: {
    title: 'Advanced: the connector\'s contract',
    intro: 'Which SOAP contract the extension speaks to this connector, and where it came from. Leave the fields empty unless the connector publishes no WSDL and its vendor gave you its namespaces.',
    inUse: 'Contract namespace in use',
    members: 'Request members\' namespace',
    notYet: 'Not known yet: the connector has not been asked.',
    wsdlAt: 'WSDL',
    noWsdl: 'No WSDL read',
    namespace: 'Contract namespace (service contract)',
    memberNamespace: 'Request members\' namespace (data contract)',
    optional: 'optional: learned from the connector\'s answer when empty',
    apply: 'Read the fields again with these namespaces',
    mismatch: 'The connector did not accept the contract the extension used. Enter the namespaces its vendor gives you, then read the fields again.',
  },
  no: {
    title: 'Avansert: koblingens kontrakt',
    intro: 'Hvilken SOAP-kontrakt utvidelsen bruker mot denne koblingen, og hvor den kom fra. La feltene stå tomme, med mindre koblingen ikke publiserer noen WSDL og leverandøren har gitt deg navnerommene.',
    inUse: 'Kontraktens navnerom i bruk',
    members: 'Forespørselsfeltenes navnerom',
    notYet: 'Ikke kjent ennå: koblingen er ikke spurt.',
    wsdlAt: 'WSDL',
    noWsdl: 'Ingen WSDL lest',
    namespace: 'Kontraktens navnerom (tjenestekontrakt)',
    memberNamespace: 'Forespørselsfeltenes navnerom (datakontrakt)',
    optional: 'valgfritt: læres fra koblingens svar når det er tomt',
    apply: 'Les feltene på nytt med disse navnerommene',
    mismatch: 'Koblingen godtok ikke kontrakten utvidelsen brukte. Fyll inn navnerommene leverandøren gir deg, og les feltene på nytt.',
  },
} as const;

const REASONS: Record<DiscoveryMiss | DiscoveryRefusal, { en: string; no: string }> = {
  disabled: { en: 'metadata publishing is disabled on the connector', no: 'publisering av metadata er slått av på koblingen' },
  'not-found': { en: 'no metadata at the connector\'s address', no: 'ingen metadata på koblingens adresse' },
  html: { en: 'the address answered with a web page', no: 'adressen svarte med en nettside' },
  'not-wsdl': { en: 'what the address answered is not a WSDL', no: 'det adressen svarte er ikke en WSDL' },
  'http-status': { en: 'the metadata request failed', no: 'forespørselen etter metadata feilet' },
  unreachable: { en: 'the connector could not be reached', no: 'koblingen kunne ikke nås' },
  timeout: { en: 'no complete metadata in time', no: 'ikke fullstendige metadata i tide' },
  cancelled: { en: 'cancelled', no: 'avbrutt' },
  incomplete: { en: 'the WSDL does not describe the operations needed', no: 'WSDL-en beskriver ikke operasjonene som trengs' },
  'not-permitted': { en: 'no access to the connector\'s host yet', no: 'ingen tilgang til koblingens vert ennå' },
  'cross-origin-import': { en: 'refused: the WSDL imports documents from another address', no: 'avvist: WSDL-en importerer dokumenter fra en annen adresse' },
  'bad-import': { en: 'refused: the WSDL names an import that is not an address', no: 'avvist: WSDL-en har en import som ikke er en adresse' },
  'too-many-documents': { en: 'refused: the WSDL names more than 16 documents', no: 'avvist: WSDL-en viser til mer enn 16 dokumenter' },
  'too-large': { en: 'refused: a metadata document is too large', no: 'avvist: et metadatadokument er for stort' },
  doctype: { en: 'refused: a metadata document declares a DOCTYPE', no: 'avvist: et metadatadokument deklarerer en DOCTYPE' },
  redirect: { en: 'refused: the metadata address redirects', no: 'avvist: metadataadressen videresender' },
};

export function reasonText(reason: DiscoveryMiss | DiscoveryRefusal, lang: 'en' | 'no'): string {
  return REASONS[reason]?.[lang] ?? reason;
}
