// Onsite installations: add one (the browser asks for exactly that host), list, remove
// (permission and launcher go together).
import { signal } from '@preact/signals';
import { installTenant, parseInstallAddress, type OnsiteInstall } from '../../lib/onsite/address';
import { onsiteApis } from '../../lib/onsite/browser-apis';
import { addInstall, listInstalls, removeInstall, type OnsiteApis } from '../../lib/onsite/installs';
import type { UiTexts } from '../../lib/i18n/ui-texts';

export function createOnsiteState(t: UiTexts, api: () => OnsiteApis = onsiteApis) {
  const installs = signal<OnsiteInstall[]>([]);
  const address = signal('');
  const message = signal<{ ok: boolean; text: string } | null>(null);
  const load = async () => void (installs.value = await listInstalls(api()));
  async function add() {
    const parsed = parseInstallAddress(address.value);
    if (!parsed.ok) return void (message.value = { ok: false, text: t.onsiteProblems[parsed.problem] });
    const r = await addInstall(api(), { origin: parsed.origin, basePath: parsed.basePath });
    message.value = r.ok ? { ok: true, text: t.onsiteAdded(installTenant(r.install)) } : { ok: false, text: t.onsiteProblems[r.reason] };
    if (r.ok) address.value = '';
    await load();
  }
  async function remove(i: OnsiteInstall) {
    await removeInstall(api(), i);
    message.value = { ok: true, text: t.onsiteRemoved(installTenant(i)) };
    await load();
  }
  return { installs, address, message, load, add, remove };
}

export function OnsiteInstalls({ state, t, when }: { state: ReturnType<typeof createOnsiteState>; t: UiTexts; when: (ms: number) => string }) {
  const m = state.message.value;
  return (
    <section aria-labelledby="onsite-title">
      <h2 id="onsite-title">{t.onsiteTitle}</h2>
      <p class="hint" id="onsite-help">
        {t.onsiteHelp}
      </p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void state.add();
        }}
      >
        <label for="onsite-address">{t.onsiteAddress}</label>
        <input id="onsite-address" type="text" inputMode="url" spellcheck={false} value={state.address.value} onInput={(e) => (state.address.value = e.currentTarget.value)} aria-describedby="onsite-help" />
        <button type="submit">{t.onsiteAdd}</button>
      </form>
      <p role="status" class={m && !m.ok ? 'error' : 'hint'} data-testid="onsite-message">
        {m?.text ?? ''}
      </p>
      {state.installs.value.length === 0 && <p class="hint">{t.onsiteNone}</p>}
      <ul class="list" data-testid="onsite-list">
        {state.installs.value.map((i) => (
          <li key={installTenant(i)}>
            <span>
              <code>{installTenant(i)}</code> <span class="hint">({t.addedOn(when(i.addedAt))})</span>
            </span>
            <button type="button" onClick={() => void state.remove(i)}>
              {t.onsiteRemove(installTenant(i))}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
