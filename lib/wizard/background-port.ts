// The wizard's background port over typed runtime messages. A refused or missing answer becomes
// an error the panel can show, in both languages.
import { ask } from '../messages/send';
import type { Reply } from '../messages/protocol';
import type { Res, WizardBackground } from './ports';

function res<T>(reply: Reply<T>): Res<T> {
  if (reply.ok) return reply;
  const en = `The extension could not do this: ${reply.error.message}`;
  const no = `Utvidelsen kunne ikke gjøre dette: ${reply.error.message}`;
  return { ok: false, error: { kind: reply.error.code, message: { en, no } } };
}

export const backgroundPort: WizardBackground = {
  ping: async () => res(await ask({ type: 'panel/ping', sentAt: Date.now() })),
  access: async (url) => res(await ask({ type: 'panel/connector-access', url })),
  requestAccess: async (url) => res(await ask({ type: 'panel/request-connector-access', url })),
  fields: async (requestId, url, contract) => res(await ask({ type: 'panel/connector-fields', requestId, url, ...(contract ? { contract } : {}) })),
  list: async (requestId, loadId, listName) => res(await ask({ type: 'panel/connector-list', requestId, loadId, listName })),
  test: async (requestId, url, connectionInfo, contract) => res(await ask({ type: 'panel/connector-test', requestId, url, connectionInfo, ...(contract ? { contract } : {}) })),
  cancel: async (requestId) => void (await ask({ type: 'panel/cancel', requestId })),
};
