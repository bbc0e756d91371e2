// The panel's BrowserProbe over the typed 'panel/connection-probe' message; Cancel sends
// 'panel/cancel' for the same request.
import { ask } from '../messages/send';
import type { BrowserProbe } from './check';

let seq = 0;

export const backgroundProbe: BrowserProbe = async (url, guid, signal) => {
  const requestId = `probe-${Date.now().toString(36)}-${(seq++).toString(36)}`;
  const onAbort = () => void ask({ type: 'panel/cancel', requestId });
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const reply = await ask({ type: 'panel/connection-probe', requestId, url, connectionGuid: guid });
    if (reply.ok) return reply.value;
    const reason = { en: `Not tested from this browser: ${reply.error.message}`, no: `Ikke testet fra denne nettleseren: ${reply.error.message}` };
    return { state: 'skipped', reason };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
};
