// Asking for one connector host: the browser's permission prompt needs a click on an extension
// page, so the panel opens this page, which says exactly which host and why.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { grantOrigin, hostPattern } from '../../lib/background/connector-access';
import { htmlLang } from '../../lib/i18n/format';
import { GRANT_TEXTS } from '../../lib/i18n/grant-texts';
import { uiLang } from '../../lib/i18n/ui-lang';

const lang = uiLang();
const t = GRANT_TEXTS[lang];

export function createGrantState(search: string, request = (p: string) => browser.permissions.request({ origins: [p] }), keep = grantOrigin) {
  const url = new URLSearchParams(search).get('url') ?? '';
  const pattern = hostPattern(url);
  const host = pattern ? new URL(url).host : '';
  const result = signal<'asking' | 'granted' | 'refused'>('asking');
  async function allow() {
    if (!pattern) return;
    try {
      // The browser grants the host; this origin (port included) is what the consultant allowed.
      const granted = await request(pattern);
      if (granted) await keep(url);
      result.value = granted ? 'granted' : 'refused';
    } catch {
      result.value = 'refused';
    }
  }
  return { pattern, host, result, allow };
}

export function Grant({ state }: { state: ReturnType<typeof createGrantState> }) {
  // The page's heading also when the address is unusable: it says what this window is for.
  if (!state.pattern)
    return (
      <main lang={htmlLang(lang)}>
        <h1>{t.title}</h1>
        <p role="alert">{t.invalid}</p>
      </main>
    );
  const r = state.result.value;
  return (
    <main lang={htmlLang(lang)}>
      <h1>{t.title}</h1>
      <p>{t.why(state.host)}</p>
      <p class="hint">{t.scope(new URL(state.pattern.replace('/*', '/')).hostname)}</p>
      {r === 'asking' ? (
        <div class="buttons">
          <button type="button" class="primary" onClick={() => void state.allow()}>
            {t.allow}
          </button>
          <button type="button" onClick={() => window.close()}>
            {t.cancel}
          </button>
        </div>
      ) : (
        <p role="status" class={r}>
          {r === 'granted' ? t.granted : t.refused}
        </p>
      )}
    </main>
  );
}
