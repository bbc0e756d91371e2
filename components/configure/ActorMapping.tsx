// One ERP actor's tab of the native Mappings dialog: enable, the field table, accept all
// suggestions, save (read back), and what happened.
import { acceptAll, saveActor } from '../../lib/configure/mapping-actions';
import type { ActorState, MappingModel } from '../../lib/configure/mapping-model';
import type { MappingClient } from '../../lib/crm/mapping';
import type { ConfigureTexts } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';
import { MappingRow } from './MappingRow';

export function ActorMapping({ actor, model, port, t, lang }: { actor: ActorState; model: MappingModel; port: MappingClient; t: ConfigureTexts; lang: Lang }) {
  const name = actor.read.ActorTypeErp;
  const save = actor.save.value;
  const waiting = actor.rows.filter((r) => r.suggestion.value).length;
  const headingId = `erp-actor-${name}`;
  return (
    <section class="actor-mapping" aria-labelledby={headingId} data-testid={`actor-${name}`}>
      <h4 id={headingId}>{name}</h4>
      <label class="choice">
        <input type="checkbox" checked={actor.enabled.value} onChange={(e) => (actor.enabled.value = e.currentTarget.checked)} />
        {t.enable(name, actor.read.ActorTypeCrm)}
      </label>
      {waiting > 0 && (
        <button type="button" onClick={() => acceptAll(actor)}>
          {t.acceptAll(waiting)}
        </button>
      )}
      <table class="mapping-table">
        <caption class="sr">{name}</caption>
        <thead>
          <tr>
            <th scope="col">{t.erpField}</th>
            <th scope="col">{t.crmField}</th>
            <th scope="col">{t.direction}</th>
            <th scope="col">{t.showInSearch}</th>
            <th scope="col">{t.showInGui}</th>
          </tr>
        </thead>
        <tbody>
          {actor.rows.map((r) => (
            <MappingRow key={r.base.ErpFieldKey} row={r} actorTypeCrm={actor.read.ActorTypeCrm} t={t} lang={lang} />
          ))}
        </tbody>
      </table>
      <div class="buttons">
        <button type="button" class="primary" disabled={save.state === 'saving'} onClick={() => void saveActor(actor, port, model)}>
          {save.state === 'saving' ? t.saving : t.save}
        </button>
      </div>
      {save.state === 'saved' && (
        <p role="status" class="done" data-testid="mapping-saved">
          ✓ {t.saved(name)}
        </p>
      )}
      {save.state === 'differs' && (
        <p role="alert" data-testid="mapping-differs">
          {t.readbackDiff(name, save.fields)}
        </p>
      )}
      {save.state === 'failed' && (
        <div role="alert" data-testid="mapping-failed">
          <p>{t.notSaved(name)}</p>
          <p>{save.message[lang]}</p>
          {save.crm && (
            <details>
              <summary>SuperOffice</summary>
              <p>{save.crm.message}</p>
              {save.crm.detail && <p>{save.crm.detail}</p>}
            </details>
          )}
        </div>
      )}
    </section>
  );
}
