// Drafts of every tenant, grouped by tenant: open one (on its own tenant's page), export one,
// import a file into the tenant of the current tab.
import { signal } from '@preact/signals';
import type { DraftSummary } from '../../lib/drafts';
import { formatWhen } from '../../lib/i18n/format';
import type { UiTexts } from '../../lib/i18n/ui-texts';
import { ask } from '../../lib/messages/send';
import { downloadJson, safeFileName } from '../../lib/page/download';
import { popupTexts } from './texts';

const MAX_IMPORT = 256 * 1024;

export function createDraftsState(t: UiTexts) {
  const groups = signal<{ tenant: string; drafts: DraftSummary[] }[]>([]);
  const message = signal<{ ok: boolean; text: string } | null>(null);
  const say = (ok: boolean, text: string) => (message.value = { ok, text });
  async function load() {
    const r = await ask({ type: 'ui/drafts-all' });
    if (r.ok) groups.value = r.tenants;
  }
  async function open(id: string, tabId: number | null) {
    const r = await ask({ type: 'ui/open-draft', id, ...(tabId === null ? {} : { tabId }) });
    if (!r.ok) return say(false, typeof r.error.message === 'string' ? r.error.message : r.error.message.en);
    if (r.where === 'tab') window.close();
    else say(true, t.openedInNewTab);
  }
  async function exportDraft(d: DraftSummary) {
    const r = await ask({ type: 'ui/draft-export', id: d.id });
    if (r.ok) downloadJson(safeFileName(d.name, 'draft'), r.file);
  }
  async function importFile(tenant: string, file: File | undefined, lang: 'en' | 'no') {
    if (!file) return;
    if (file.size > MAX_IMPORT) return say(false, t.importTooLarge);
    const r = await ask({ type: 'ui/draft-import', tenant, text: await file.text() });
    if (!r.ok) return say(false, typeof r.error.message === 'string' ? r.error.message : r.error.message[lang]);
    await load();
  }
  return { groups, message, load, open, exportDraft, importFile };
}

export function Drafts({ state, t, tabId, tabTenant, lang }: { state: ReturnType<typeof createDraftsState>; t: UiTexts; tabId: number | null; tabTenant: string | null; lang: 'en' | 'no' }) {
  const m = state.message.value;
  return (
    <section aria-labelledby="drafts-title" class="drafts">
      <h2 id="drafts-title">{t.draftsTitle}</h2>
      {state.groups.value.length === 0 && <p class="hint">{t.noDrafts}</p>}
      {state.groups.value.map((g) => (
        <div key={g.tenant} class="tenant" data-tenant={g.tenant}>
          <h3>{g.tenant}</h3>
          <ul>
            {g.drafts.map((d) => {
              // An edit of a connection in the CRM (issue 17) says so: it opens in the existing view's edit form.
              const name = d.edit ? popupTexts(lang).editOf(d.name) : d.name || t.untitled;
              return (
                <li key={d.id} data-draft={d.id}>
                  <div>
                    <strong>{name}</strong>
                    <p class="hint">{d.edit ? popupTexts(lang).editMeta(formatWhen(d.updatedAt, lang)) : t.draftMeta(d.connectorLabel, t.stepNames[d.step] ?? '', formatWhen(d.updatedAt, lang))}</p>
                  </div>
                  <button type="button" aria-label={t.openNamed(name)} onClick={() => void state.open(d.id, tabId)}>
                    {t.open}
                  </button>
                  <button type="button" class="secondary" aria-label={t.exportNamed(name)} onClick={() => void state.exportDraft(d)}>
                    {t.exportShort}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {tabTenant ? (
        <label class="file-button">
          {t.importInto(tabTenant)}
          <input type="file" accept=".json,application/json" onChange={(e) => void state.importFile(tabTenant, e.currentTarget.files?.[0], lang)} />
        </label>
      ) : (
        <p class="hint">{t.importNeedsTenant}</p>
      )}
      {m && (
        <p role={m.ok ? 'status' : 'alert'} class={m.ok ? 'hint' : 'error'}>
          {m.text}
        </p>
      )}
    </section>
  );
}
