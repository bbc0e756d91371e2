// The connector's configuration fields, ordered by Rank, or what is needed before they can be read.
import { Fragment } from 'preact';
import { useCallback, useMemo } from 'preact/hooks';
import { sortByRank } from '../../lib/protocol';
import type { WizardActions } from '../../lib/wizard/actions';
import type { WizardState } from '../../lib/wizard/model';
import { LoadWhenShown } from '../lists/LoadWhenShown';
import { FieldInput } from './FieldInput';
import { FieldWarnings } from './FieldWarnings';

export function ConfigFields({ state, actions }: { state: WizardState; actions: WizardActions }) {
  const t = state.texts.value;
  const status = state.fieldsStatus.value;
  const f = state.fields.value;
  // Nothing here reads the values: a keystroke re-renders only the field typed in (npm run bench).
  const sorted = useMemo(() => (f ? sortByRank(f.list) : []), [f]);
  const onInput = useCallback((key: string, value: string) => (state.values.value = { ...state.values.peek(), [key]: value }), [state]);
  return (
    <section class="config" aria-labelledby="erp-config-title" aria-busy={status.state === 'loading'}>
      <h4 id="erp-config-title">{t.configFields}</h4>
      {status.state === 'loading' && <p role="status">{t.fieldsLoading}</p>}
      {status.state === 'needs-access' && (
        <div class="notice">
          <p>{t.fieldsNeedAccess(status.host)}</p>
          <button type="button" onClick={() => void actions.requestAccess()}>
            {t.allowHost(status.host)}
          </button>
          <p class="help">{t.allowHostAfter}</p>
        </div>
      )}
      {status.state === 'needs-crm-connector' && (
        <div class="notice">
          <p>{t.fieldsNeedCrm}</p>
          <button type="button" onClick={() => void actions.addConnectorNow()}>
            {t.addToCrmNow}
          </button>
        </div>
      )}
      {status.state === 'idle' && !f && state.connectorUrl.value && (
        <div class="notice">
          <button type="button" onClick={() => void actions.loadFields()}>
            {t.readFieldsNow}
          </button>
        </div>
      )}
      {status.state === 'failed' && (
        <div class="notice error" role="alert">
          <p>{status.message[state.lang]}</p>
          <button type="button" onClick={() => void actions.loadFields()}>
            {t.reloadFields}
          </button>
        </div>
      )}
      {f && (
        <>
          <p class="help">{t.fieldsFrom[f.source]}</p>
          <FieldWarnings state={state} warnings={f.warnings ?? []} fields={f.list} />
          {sorted.map((field) => (
            <Fragment key={field.FieldKey}>
              {field.FieldType === 'List' && field.ListName && <LoadWhenShown name={field.ListName} load={actions.loadList} />}
              <FieldInput state={state} field={field} items={field.ListName && Object.hasOwn(f.items, field.ListName) ? f.items[field.ListName] : undefined} cut={field.ListName && f.listsSent && Object.hasOwn(f.listsSent, field.ListName) ? f.listsSent[field.ListName] : undefined} onInput={onInput} />
            </Fragment>
          ))}
        </>
      )}
    </section>
  );
}
