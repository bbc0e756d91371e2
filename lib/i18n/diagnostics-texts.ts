// Words of the options page's diagnostics: messages the extension refused, by reason.
import type { RefusalKind } from '../messages/protocol';
import type { Lang } from './lang';

const en = {
  title: 'Refused messages',
  help: 'The extension checks every message it is sent and refuses those it must not act on. These were refused since the browser started. A count that grows while you do nothing unusual can mean that a web page or another extension is trying to use this one.',
  reason: 'Reason',
  count: 'Refused',
  kinds: {
    'unknown-sender': 'From an unknown sender (another extension, a web page, a page that is not SuperOffice)',
    'not-allowed': 'A request its sender may not make',
    'invalid-message': 'Malformed',
    oversized: 'Too large',
    'not-permitted': 'A test of a connector host you have not allowed',
  } satisfies Record<RefusalKind, string>,
  total: (n: number) => (n === 1 ? '1 message refused in all.' : `${n} messages refused in all.`),
  last: (when: string) => `Last one: ${when}.`,
  refresh: 'Refresh',
  unavailable: 'The extension did not answer; reload this page.',
};

const no: typeof en = {
  title: 'Avviste meldinger',
  help: 'Utvidelsen sjekker hver melding den får, og avviser dem den ikke skal handle på. Disse ble avvist siden nettleseren startet. Et tall som vokser mens du ikke gjør noe uvanlig, kan bety at en nettside eller en annen utvidelse prøver å bruke denne.',
  reason: 'Årsak',
  count: 'Avvist',
  kinds: {
    'unknown-sender': 'Fra en ukjent avsender (en annen utvidelse, en nettside, en side som ikke er SuperOffice)',
    'not-allowed': 'En forespørsel avsenderen ikke har lov til å sende',
    'invalid-message': 'Feilformet',
    oversized: 'For stor',
    'not-permitted': 'En test av en connector-vert du ikke har tillatt',
  },
  total: (n) => (n === 1 ? '1 melding avvist i alt.' : `${n} meldinger avvist i alt.`),
  last: (when) => `Siste: ${when}.`,
  refresh: 'Oppdater',
  unavailable: 'Utvidelsen svarte ikke; last inn denne siden på nytt.',
};

export type DiagnosticsTexts = typeof en;
export const DIAGNOSTICS_TEXTS = { en, no } satisfies Record<Lang, DiagnosticsTexts>;
