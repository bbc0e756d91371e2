// Check existing connections: the tenant's connectors and connections, Check all (progress,
// elapsed time, Cancel), a summary on top, per-row check, Activate, Delete with confirmation,
// and the report to copy or download.
import { formatWhen } from '../../lib/i18n/format';
import type { Lang } from '../../lib/i18n/lang';
import type { ExistingState } from '../../lib/existing/state';
import { summary } from '../../lib/existing/summary';
import { ConfigureButton } from '../configure/ConfigureButton';
import { ConfirmDelete } from './ConfirmDelete';
import { EditConnection } from './EditConnection';
import { ReportActions } from './ReportActions';
import { existingTexts } from './texts';

export function ExistingView({ ex, lang }: { ex: ExistingState; lang: Lang }) {
  const t = existingTexts(lang);
  const inv = ex.inventory.value;
  const run = ex.run.value;
  const running = Boolean(run && !run.finished);
  if (ex.error.value) return <p role="alert" class="error">{ex.error.value[lang]}</p>;
  if (!inv) return <p role="status">{t.loading}</p>;
  if (ex.edit && (ex.edit.form.value || ex.edit.problem.value)) return <EditConnection ed={ex.edit} lang={lang} directory={ex.directory} />;
  const results = ex.connections.value;
  const reach = ex.connectors.value;
  return (
    <section class="existing" aria-labelledby="erp-existing-title">
      <h3 id="erp-existing-title" tabIndex={-1}>
        {t.title}
      </h3>
      <p role="status" class="summary" data-testid="existing-summary">
        {run?.finished ? summary(inv.connections.length, [...results.values()], [...reach.values()], run.cancelled)[lang] : ''}
      </p>
      {ex.earlier.value && !run && (
        <p class="help" data-testid="existing-earlier">
          {t.earlier(formatWhen(Date.parse(ex.earlier.value), lang, 'short', 'short'))}
        </p>
      )}
      {ex.notice.value && <p role="alert">{ex.notice.value[lang]}</p>}
      <div class="nav">
        <button type="button" class="primary" disabled={running} onClick={() => void ex.checkEverything()}>
          {t.checkAll}
        </button>
        {running && (
          <button type="button" onClick={ex.cancel}>
            {t.cancel}
          </button>
        )}
      </div>
      {run && (
        <p class="progress">
          <progress aria-label={t.progress} max={run.total} value={run.done} /> {t.elapsed(run.done, run.total, (run.elapsedMs / 1000).toFixed(1))}
          {run.cancelled && ` ${t.cancelled}`}
        </p>
      )}
      <ConfirmDelete ex={ex} lang={lang} />
      <h4>{t.connections}</h4>
      <table data-testid="existing-connections">
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.connector}</th>
            <th scope="col">{t.active}</th>
            <th scope="col">{t.visibleTo}</th>
            <th scope="col">{t.verdict}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {inv.connections.map((c) => {
            const r = results.get(c.id);
            const b = r?.browser;
            return (
              <tr key={c.id} data-connection={c.id} data-verdict={r?.verdict.verdict ?? ''}>
                <th scope="row">{c.name}</th>
                <td>{inv.connectors.find((x) => x.id === c.connectorId)?.name ?? `#${c.connectorId}`}</td>
                <td>{c.active ? t.yes : t.no}</td>
                <td>{c.visibility[lang]}</td>
                <td class={r ? `tone-${r.verdict.tone}` : ''}>
                  {r ? (
                    <>
                      <span>{r.verdict.message[lang]}</span>
                      <span class="help">
                        {' '}
                        ({t.crmSaid}: {r.crm.state}; {t.browserSaid}: {b?.state === 'done' ? b.outcome : 'skipped'}
                        {b?.state === 'done' && b.said ? ` — ${b.said.text[lang]}` : ''}; {formatWhen(Date.parse(r.at), lang, 'short', 'medium')})
                      </span>
                    </>
                  ) : (
                    t.notChecked
                  )}
                </td>
                <td>
                  <button type="button" disabled={running} aria-label={t.check(c.name)} onClick={() => void ex.checkOne(c.id)}>
                    {t.checkRow}
                  </button>
                  {ex.edit && (
                    <button type="button" aria-label={t.edit(c.name)} onClick={() => void ex.edit?.open(c.id)}>
                      {t.edit('').trim()}
                    </button>
                  )}
                  <ConfigureButton id={c.id} name={c.name} lang={lang} />
                  <button type="button" aria-label={c.active ? t.deactivate(c.name) : t.activate(c.name)} title={c.active ? undefined : t.activateWarning} onClick={() => void ex.toggleActive(c.id)}>
                    {c.active ? t.deactivate('').trim() : t.activate('').trim()}
                  </button>
                  <button type="button" aria-label={t.del(c.name)} onClick={() => (ex.confirm.value = { kind: 'connection', id: c.id, name: c.name })}>
                    {t.del('').trim()}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h4>{t.connectors}</h4>
      <table data-testid="existing-connectors">
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.kind}</th>
            <th scope="col">{t.uses}</th>
            <th scope="col">{t.reach}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {inv.connectors.map((c) => {
            const r = reach.get(c.id);
            return (
              <tr key={c.id} data-connector={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.kind}</td>
                <td>{c.connections}</td>
                <td>{!r ? t.notChecked : r.reachable === null ? (r.message?.[lang] ?? t.notChecked) : r.reachable ? t.yes : t.no}</td>
                <td>
                  {c.connections === 0 && (
                    <button type="button" aria-label={t.del(c.name)} onClick={() => (ex.confirm.value = { kind: 'connector', id: c.id, name: c.name })}>
                      {t.del('').trim()}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {run?.finished && <ReportActions ex={ex} lang={lang} />}
    </section>
  );
}
