// Active: what the wizard can see will stop activation, each with a link to the field; then the
// CRM's own refusal in words when it refuses anyway.
import { useComputed } from '@preact/signals';
import { activate, activationProblems } from '../../lib/configure/mapping-actions';
import type { MappingModel } from '../../lib/configure/mapping-model';
import { isBlocking, type Problem } from '../../lib/configure/checks';
import { listStates, type ListsModel } from '../../lib/configure/list-model';
import type { MappingClient } from '../../lib/crm/mapping';
import type { ConfigureTexts } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';
import { rowId } from './MappingRow';

function problemText(t: ConfigureTexts, p: Problem): string {
  if (p.kind === 'mandatory-no-direction') return t.problemMandatory(p.actor, p.fieldName);
  if (p.kind === 'list-unmapped') return t.problemUnmapped(p.list, p.items);
  return t.problemDuplicate(p.list, p.items);
}

/** Moves focus to the field a problem names (a button: a #fragment link cannot reach into the panel's shadow root). */
function goTo(e: Event, id: string): void {
  const root = (e.currentTarget as HTMLElement).getRootNode() as Document | ShadowRoot;
  const el = root.getElementById?.(id) ?? null;
  el?.scrollIntoView?.({ block: 'center' });
  el?.focus();
}


export function ActivateConnection({ model, port, t, lang, lists, onGoTo }: { model: MappingModel; port: MappingClient; t: ConfigureTexts; lang: Lang; lists?: ListsModel; onGoTo?: (step: Problem['step'], focusId: string | null) => void }) {
  // Compared as text: a change in one row re-renders this part only when the problems change.
  const key = useComputed(() => JSON.stringify(activationProblems(model, lists ? listStates(lists) : [])));
  const all = JSON.parse(key.value) as Problem[];
  const problems = all.filter(isBlocking);
  const warnings = all.filter((p) => !isBlocking(p));
  const status = model.activation.value;
  return (
    <section class="activate" aria-labelledby="erp-activate-title">
      <h4 id="erp-activate-title">{t.activate}</h4>
      {status.state !== 'active' && <p class="help">{t.activeWarning}</p>}
      {problems.length > 0 && (
        <div role="alert" data-testid="activation-problems">
          <p>{t.mustFix}</p>
          <ul>
            {problems.map((p) => {
              const id = p.kind === 'mandatory-no-direction' ? rowId(p.actor, p.field) : '';
              return (
                <li key={problemText(t, p)}>
                  {problemText(t, p)}{' '}
                  {id && !onGoTo && (
                    <button type="button" class="link" aria-label={`${t.goTo}: ${problemText(t, p)}`} onClick={(e) => goTo(e, id)}>
                      {t.goTo}
                    </button>
                  )}
                  {onGoTo && (
                    <button type="button" class="link" aria-label={`${id ? t.goTo : t.goToStep}: ${problemText(t, p)}`} onClick={() => onGoTo(p.step, id || null)}>
                      {id ? t.goTo : t.goToStep}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div data-testid="activation-warnings">
          <p>{t.warnings}</p>
          <ul>
            {warnings.map((p) => (
              <li key={problemText(t, p)}>{problemText(t, p)}</li>
            ))}
          </ul>
        </div>
      )}
      {status.state !== 'active' && (
        <button type="button" class="primary" disabled={problems.length > 0 || status.state === 'activating'} onClick={() => void activate(model, port, lists ? listStates(lists) : [])}>
          {t.activate}
        </button>
      )}
      {status.state === 'active' && (
        <p role="status" class="done" data-testid="activated">
          ✓ {t.activated}
        </p>
      )}
      {status.state === 'refused' && (
        <div role="alert" data-testid="activation-refused">
          <p>{t.refused}</p>
          <ul>
            {status.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {status.state === 'failed' && (
        <p role="alert" data-testid="activation-failed">
          {status.message[lang]}
        </p>
      )}
    </section>
  );
}
