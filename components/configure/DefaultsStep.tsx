// Defaults per actor, as the native "Add sync default value" dialog: an ERP field, then Set
// default value / Ask user for value / Mandatory.
import { useMemo } from 'preact/hooks';
import { createDefaults, pickField, saveDefault } from '../../lib/configure/defaults-model';
import type { DefaultsUi } from '../../lib/configure/defaults-model';
import type { ActorState } from '../../lib/configure/mapping-model';
import type { DefaultsClient } from '../../lib/crm/defaults';
import type { ConfigureTexts } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';

/** `ui`: the actor's defaults kept by the configuration (what was typed survives leaving the step). */
export function ActorDefaults({ actor, ui: kept, port, t, lang }: { actor: ActorState; ui?: DefaultsUi | undefined; port: DefaultsClient; t: ConfigureTexts; lang: Lang }) {
  const own = useMemo(() => createDefaults(actor.read.ActorTypeErp), [actor]);
  const ui = kept ?? own;
  const cur = ui.current.value;
  const status = ui.status.value;
  const base = `erp-default-${ui.actor}`;
  const name = (key: string) => actor.rows.find((r) => r.base.ErpFieldKey === key)?.base.ErpDisplayName || key;
  return (
    <fieldset class="defaults" data-testid={`defaults-${ui.actor}`}>
      <legend>{t.defaultsOf(ui.actor)}</legend>
      <label for={`${base}-field`}>{t.defaultField}</label>{' '}
      <select id={`${base}-field`} value={cur ? String(cur.ErpFieldId) : ''} onChange={(e) => e.currentTarget.value && void pickField(ui, Number(e.currentTarget.value), port)}>
        <option value="">{t.chooseField}</option>
        {actor.rows.map((r) => (
          <option key={r.base.ErpFieldKey} value={String(r.base.ErpFieldId)}>
            {r.base.ErpDisplayName || r.base.ErpFieldKey}
          </option>
        ))}
      </select>
      {cur && (
        <div>
          <label class="choice">
            <input type="checkbox" checked={ui.setValue.value} onChange={(e) => (ui.setValue.value = e.currentTarget.checked)} />
            {t.setDefault}
          </label>
          {ui.setValue.value && (
            <>
              <label for={`${base}-value`}>{t.defaultValue}</label>{' '}
              <input id={`${base}-value`} type="text" maxLength={1023} value={ui.value.value} onInput={(e) => (ui.value.value = e.currentTarget.value)} />
            </>
          )}
          <label class="choice">
            <input type="checkbox" checked={ui.ask.value} onChange={(e) => (ui.ask.value = e.currentTarget.checked)} />
            {t.askUser}
          </label>
          <label class="choice">
            <input type="checkbox" checked={ui.mandatory.value} onChange={(e) => (ui.mandatory.value = e.currentTarget.checked)} />
            {t.mustFill}
          </label>
          <div class="buttons">
            <button type="button" class="primary" disabled={status.state === 'saving'} onClick={() => void saveDefault(ui, port)}>
              {t.saveDefault}
            </button>
          </div>
        </div>
      )}
      {status.state === 'invalid' && <p role="alert">{t.defaultProblems[status.problem]}</p>}
      {status.state === 'saved' && cur && (
        <p role="status" class="done" data-testid="default-saved">
          ✓ {t.defaultSaved(name(cur.ErpFieldKey))}
        </p>
      )}
      {status.state === 'failed' && <p role="alert">{status.message[lang]} {status.crm?.detail ?? ''}</p>}
    </fieldset>
  );
}
