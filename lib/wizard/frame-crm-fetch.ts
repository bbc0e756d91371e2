// The frame's `fetch` for the CRM client (lib/crm): each call goes by message to the background,
// which has the content script in the CRM page make it with the consultant's session. What comes
// back is shaped like the Response lib/crm/http.ts reads (status, redirect, content type, text).
import type { CrmAnswer } from '../messages/frame-protocol';
import { ask } from '../messages/send';
import type { Lang } from '../i18n/lang';

function asResponse(a: CrmAnswer): Response {
  const text = a.text;
  return {
    ok: a.status >= 200 && a.status < 300,
    status: a.status,
    redirected: a.redirected,
    type: a.type as ResponseType,
    headers: new Headers(a.contentType ? { 'content-type': a.contentType } : {}),
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
  } as Response;
}

export function relayedFetch(lang: Lang): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'POST') throw new TypeError(`${method} is not relayed`);
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const signal = init?.signal;
    const call = ask({ type: 'frame/crm-fetch', url, method, lang, ...(body !== undefined ? { body } : {}) });
    const aborted = new Promise<never>((_, reject) => {
      if (signal?.aborted) reject(new DOMException('Aborted', 'AbortError'));
      signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
    });
    const r = await Promise.race([call, aborted]);
    if (!r.ok) throw new TypeError(r.error.message);
    return asResponse(r.value);
  };
}
