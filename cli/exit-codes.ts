// Exit codes per outcome class: scripts branch on these (documented in --help).
import type { OutcomeKind } from '../lib/protocol';

export const EXIT = { ok: 0, refused: 1, usage: 2, unreachable: 3, notConnector: 4 } as const;

export function exitCodeFor(kind: OutcomeKind): number {
  switch (kind) {
    case 'ok':
      return EXIT.ok;
    case 'connector-error':
      return EXIT.refused;
    case 'bad-url':
    case 'not-permitted':
      return EXIT.usage;
    case 'unreachable':
    case 'tls':
    case 'timeout':
    case 'cancelled':
      return EXIT.unreachable;
    case 'redirect':
    case 'http-status':
    case 'not-soap':
    case 'too-large':
    case 'soap-fault':
    case 'contract-mismatch':
      return EXIT.notConnector;
  }
}
