// The panel's Advanced part for a connector's contract (issue 12): the namespaces in use and where
// each came from (the connector's WSDL, its answer, entered, or the default), and two fields to
// enter them when the connector publishes no WSDL. Opens by itself after a contract mismatch.
import { sourceLabel } from '../../lib/protocol';
import type { WizardActions } from '../../lib/wizard/actions';
import { contractOf } from '../../lib/wizard/contract';
import type { WizardState } from '../../lib/wizard/model';
import { CONTRACT_TEXTS, reasonText } from './texts';

export function ContractAdvanced({ state, actions }: { state: WizardState; actions: WizardActions }) {
  const lang = state.lang;
  const t = CONTRACT_TEXTS[lang];
  const c = contractOf(state);
  const inUse = c.inUse.value;
  const problems = c.problems.value;
  const info = state.urlInfo.value;
  if (!info.ok || info.kind !== 'http') return null;
  const edit = (which: 'namespace' | 'memberNamespace') => (e: { currentTarget: HTMLInputElement }) => {
    c.used.value = true;
    c[which].value = e.currentTarget.value;
  };
  return (
    <details class="advanced" data-testid="contract-advanced" open={c.mismatch.value || c.used.value}>
      <summary>{t.title}</summary>
      <p class="help">{t.intro}</p>
      {c.mismatch.value && (
        <p class="warn" role="alert" data-testid="contract-mismatch">
          {t.mismatch}
        </p>
      )}
      {inUse ? (
        <dl class="contract" data-testid="contract-in-use" data-source={inUse.namespaceSource} data-member-source={inUse.memberSource}>
          <dt>{t.inUse}</dt>
          <dd>
            <code>{inUse.namespace}</code> ({sourceLabel(inUse.namespaceSource, lang)})
          </dd>
          <dt>{t.members}</dt>
          <dd>
            <code>{inUse.memberNamespace}</code> ({sourceLabel(inUse.memberSource, lang)})
          </dd>
          {inUse.wsdlUrl && (
            <>
              <dt>{t.wsdlAt}</dt>
              <dd>
                <code>{inUse.wsdlUrl}</code>
              </dd>
            </>
          )}
          {inUse.discovery && (
            <>
              <dt>{t.noWsdl}</dt>
              <dd>{reasonText(inUse.discovery.reason, lang)}</dd>
            </>
          )}
        </dl>
      ) : (
        <p class="help">{t.notYet}</p>
      )}
      <div class="field">
        <label for="erp-contract-namespace">{t.namespace}</label>
        <input id="erp-contract-namespace" type="text" inputMode="url" spellcheck={false} maxLength={500} value={c.namespace.value} onInput={edit('namespace')} aria-invalid={problems.namespace ? 'true' : undefined} aria-describedby={problems.namespace ? 'erp-contract-namespace-problem' : undefined} />
        {problems.namespace && (
          <p class="warn" id="erp-contract-namespace-problem">
            {problems.namespace[lang]}
          </p>
        )}
      </div>
      <div class="field">
        <label for="erp-contract-member-namespace">{t.memberNamespace}</label>
        <input id="erp-contract-member-namespace" type="text" inputMode="url" spellcheck={false} maxLength={500} value={c.memberNamespace.value} onInput={edit('memberNamespace')} aria-invalid={problems.memberNamespace ? 'true' : undefined} aria-describedby={problems.memberNamespace ? 'erp-contract-member-namespace-problem' : 'erp-contract-member-help'} />
        <p class="help" id="erp-contract-member-help">
          {t.optional}
        </p>
        {problems.memberNamespace && (
          <p class="warn" id="erp-contract-member-namespace-problem">
            {problems.memberNamespace[lang]}
          </p>
        )}
      </div>
      <button type="button" data-testid="contract-apply" onClick={() => void actions.loadFields()}>
        {t.apply}
      </button>
    </details>
  );
}
