// Step 2: choose a Sync Connector the CRM has, or add one with a name and a URL, validated for
// what it is; duplicates pointed out with a way to use the existing one.
import { DB_TEXT_MAX } from '../../../lib/wizard/blockers';
import type { WizardState } from '../../../lib/wizard/model';
import { connectorDuplicates } from '../../../lib/wizard/navigation';

export function ConnectorStep({ state }: { state: WizardState; actions?: unknown }) {
  const t = state.texts.value;
  const c = state.connector.value;
  const list = state.crm.connectors.value ?? [];
  const info = state.urlInfo.value;
  const dup = connectorDuplicates(state);
  const setNew = (patch: Partial<{ name: string; url: string }>) => {
    // Coming back from "use an existing one" brings back what was typed for the new one.
    const base = c.mode === 'new' ? c : { mode: 'new' as const, ...state.lastNewConnector.value };
    const next = { ...base, ...patch };
    state.lastNewConnector.value = { name: next.name, url: next.url };
    state.connector.value = next;
  };
  const urlMessage = c.mode === 'new' && c.url.trim() ? (info.ok ? null : t.urlProblems[info.problem]) : null;
  return (
    <>
      <p>{t.connectorIntro}</p>
      <fieldset>
        <legend class="sr">{t.steps[1]}</legend>
        <label class="choice">
          <input type="radio" name="erp-connector-mode" checked={c.mode === 'existing'} disabled={list.length === 0} onChange={() => list[0] && (state.connector.value = { mode: 'existing', id: list[0].id })} />
          {t.useExisting}
        </label>
        {list.length === 0 && <p class="help">{t.noConnectors}</p>}
        {c.mode === 'existing' && (
          <div class="indent">
            <label for="erp-existing-connector">{t.connectorLabel}</label>
            <select id="erp-existing-connector" value={String(c.id)} onChange={(e) => (state.connector.value = { mode: 'existing', id: Number(e.currentTarget.value) })}>
              {list.map((x) => (
                <option key={x.id} value={String(x.id)}>
                  {x.name} — {x.url}
                </option>
              ))}
            </select>
          </div>
        )}
        <label class="choice">
          <input type="radio" name="erp-connector-mode" checked={c.mode === 'new'} onChange={() => setNew({})} />
          {t.addNew}
        </label>
        {c.mode === 'new' && (
          <div class="indent">
            <div class="field">
              <label for="erp-connector-name">{t.connectorName}</label>
              <input id="erp-connector-name" type="text" maxLength={DB_TEXT_MAX} value={c.name} onInput={(e) => setNew({ name: e.currentTarget.value })} aria-describedby={dup.byName ? 'erp-dup-name' : undefined} />
              {dup.byName && (
                <p class="warn" id="erp-dup-name">
                  {t.duplicateName(dup.byName.name)}
                </p>
              )}
            </div>
            <div class="field">
              <label for="erp-connector-url">{t.connectorUrl}</label>
              <input
                id="erp-connector-url"
                type="text"
                inputMode="url"
                spellcheck={false}
                maxLength={1023}
                value={c.url}
                onInput={(e) => setNew({ url: e.currentTarget.value })}
                aria-invalid={urlMessage ? 'true' : undefined}
                aria-describedby="erp-url-help erp-url-status"
              />
              <p class="help" id="erp-url-help">
                {t.connectorUrlHelp}
              </p>
              <p id="erp-url-status" class={urlMessage ? 'problem' : 'help'} aria-live="polite">
                {urlMessage ?? (info.ok && c.url.trim() ? `${t.urlKind[info.kind]}${info.kind === 'http' && info.warning ? ` ${t.urlNoSvc}` : ''}` : '')}
              </p>
              {dup.byUrl && (
                <p class="warn">
                  {t.duplicateUrl(dup.byUrl.name)}{' '}
                  <button type="button" class="link" onClick={() => dup.byUrl && (state.connector.value = { mode: 'existing', id: dup.byUrl.id })}>
                    {t.useThatOne}
                  </button>
                </p>
              )}
            </div>
          </div>
        )}
      </fieldset>
    </>
  );
}
