// List mapping (docs/en/erp/admin/configure.md, "List mapping"): per mapped list field, each ERP
// item to one SuperOffice item or "(No selection)"; a duplicate is marked (red, and in words).
import { useEffect } from 'preact/hooks';
import { listsFor } from '../../lib/configure/start';
import { crmItemsOf, duplicatesOf, saveList, suggestItems, type ListsModel, type ListUi } from '../../lib/configure/list-model';
import type { ListMappingClient } from '../../lib/crm/list-mapping';
import type { ConfigureTexts } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';

function OneList({ model, l, port, t, lang }: { model: ListsModel; l: ListUi; port: ListMappingClient; t: ConfigureTexts; lang: Lang }) {
  const title = t.listOf(l.read.ErpListName, l.read.ErpActorTypeName);
  const crm = crmItemsOf(l.read);
  const dups = duplicatesOf(l);
  const save = l.save.value;
  const base = `erp-list-${l.read.ErpFieldId}`;
  return (
    <div class="list-mapping" data-testid={`list-${l.read.ErpListName}`}>
      <h5 id={`${base}-title`}>{title}</h5>
      <table class="mapping-table" aria-labelledby={`${base}-title`}>
        <thead>
          <tr>
            <th scope="col">{t.erpItem}</th>
            <th scope="col">{t.crmItem}</th>
          </tr>
        </thead>
        <tbody>
          {l.read.ErpCrmListItemMappings.map((i) => {
            const dup = dups.has(i.ErpListItemId);
            const id = `${base}-${i.ErpListItemId}`.replace(/[^\w-]/g, '_');
            return (
              <tr key={i.ErpListItemId} class={dup ? 'duplicate' : undefined}>
                <th scope="row">{i.ErpListItemName}</th>
                <td>
                  <select
                    aria-label={`${t.crmItem}: ${i.ErpListItemName}`}
                    aria-invalid={dup}
                    aria-describedby={dup ? `${id}-dup` : undefined}
                    value={l.choice.value[i.ErpListItemId] ?? ''}
                    onChange={(e) => (l.choice.value = { ...l.choice.value, [i.ErpListItemId]: e.currentTarget.value })}
                  >
                    <option value="">{t.noField}</option>
                    {Object.entries(crm).map(([cid, name]) => (
                      <option key={cid} value={cid}>
                        {name}
                      </option>
                    ))}
                  </select>
                  {dup && (
                    <p class="error" id={`${id}-dup`} data-testid="duplicate">
                      {t.duplicate}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="buttons">
        <button type="button" onClick={() => suggestItems(l)}>
          {t.suggestItems}
        </button>
        <button type="button" class="primary" disabled={save.state === 'saving' || dups.size > 0} onClick={() => void saveList(model, l, port)}>
          {t.saveList}
        </button>
      </div>
      {dups.size > 0 && <p role="alert">{t.fixDuplicates}</p>}
      {save.state === 'saved' && (
        <p role="status" class="done" data-testid="list-saved">
          ✓ {t.listSaved(title)}
        </p>
      )}
      {save.state === 'differs' && <p role="alert">{t.readbackDiff(title, save.fields)}</p>}
      {save.state === 'failed' && (
        <div role="alert" data-testid="list-failed">
          <p>{t.listNotSaved(title)}</p>
          <p>{save.message[lang]}</p>
          {save.crm?.detail && <p>{save.crm.detail}</p>}
        </div>
      )}
    </div>
  );
}

/** `inStepper`: the stepper's heading names the step; no second one. */
export function ListMappingStep({ model, port, savedCount, t, lang, inStepper = false }: { model: ListsModel; port: ListMappingClient; savedCount: number; t: ConfigureTexts; lang: Lang; inStepper?: boolean }) {
  // Read again whenever an actor's mapping was saved: which lists exist depends on it.
  useEffect(() => {
    void listsFor(model, savedCount, port);
  }, [model, port, savedCount]);
  const load = model.load.value;
  return (
    <section class="configure-lists" aria-labelledby={inStepper ? 'erp-config-step-title' : 'erp-lists-title'} data-testid="lists-step">
      {!inStepper && <h4 id="erp-lists-title">{t.listHeading}</h4>}
      <p class="help">{t.listIntro}</p>
      {load.state === 'failed' && <p role="alert">{load.message[lang]}</p>}
      {load.state === 'loaded' && model.lists.value.length === 0 && <p>{t.noLists}</p>}
      {model.lists.value.map((l) => (
        <OneList key={l.read.ErpFieldId} model={model} l={l} port={port} t={t} lang={lang} />
      ))}
    </section>
  );
}
