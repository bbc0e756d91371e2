// The draft being edited, whether it is saved, and the tenant's other drafts: open, new,
// duplicate, delete (with undo), export and import. Collapsed by default: the steps come first.
import { useSignal } from '@preact/signals';
import { formatWhen } from '../../lib/i18n/format';
import { downloadJson, safeFileName } from '../../lib/page/download';
import type { DraftSync } from '../../lib/wizard/draft-sync';
import { draftsPort } from '../../lib/wizard/drafts-port';
import type { WizardState } from '../../lib/wizard/model';

const MAX_IMPORT = 256 * 1024;

export function DraftsBar({ state, sync }: { state: WizardState; sync: DraftSync }) {
  const t = state.texts.value;
  const d = sync.draft.value;
  const name = useSignal<string | null>(null);
  const importError = useSignal('');
  const title = d?.name || state.name.value || t.untitled;
  const others = sync.list.value.filter((x) => x.id !== d?.id);
  const exportNow = async () => {
    if (!d) return;
    await sync.flush();
    const r = await draftsPort.exportFile(d.id);
    if (r.ok) downloadJson(safeFileName(title, 'draft'), r.file);
  };
  const importNow = async (file: File | undefined) => {
    importError.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT) return void (importError.value = t.importTooLarge);
    const r = await draftsPort.importFile(await file.text());
    if (!r.ok) return void (importError.value = r.error.message[state.lang]);
    await sync.open(r.draft.id);
  };
  return (
    <details class="drafts" onToggle={(e) => e.currentTarget.open && void sync.refreshList()}>
      <summary>
        <span class="draft-title">
          {t.draftLabel}: {title}
        </span>
        <span class={`save-state ${sync.saveState.value}`} aria-hidden="true" data-testid="save-state" data-state={sync.saveState.value}>
          {t.saveStates[sync.saveState.value]}
        </span>
      </summary>
      <span class="sr" role="status">
        {sync.saveState.value === 'error' || sync.saveState.value === 'conflict' || sync.saveState.value === 'saved' ? t.saveStates[sync.saveState.value] : ''}
      </span>
      <div class="drafts-body">
        <label for="erp-draft-name">{t.draftName}</label>
        <div class="row">
          <input id="erp-draft-name" type="text" maxLength={255} value={name.value ?? d?.name ?? ''} onInput={(e) => (name.value = e.currentTarget.value)} />
          {/* aria-disabled: once renamed it stays focusable, so focus does not fall to the page. */}
          <button type="button" aria-disabled={name.value === null || undefined} onClick={() => name.value !== null && void sync.rename(name.value).then(() => (name.value = null))}>
            {t.rename}
          </button>
        </div>
        <div class="buttons wrap">
          <button type="button" onClick={() => void sync.open(undefined, true)}>
            {t.newDraft}
          </button>
          <button type="button" onClick={() => void sync.duplicate()}>
            {t.duplicate}
          </button>
          <button type="button" onClick={() => void sync.remove()}>
            {t.deleteDraft}
          </button>
          <button type="button" onClick={() => void exportNow()} aria-describedby="erp-export-note">
            {t.exportDraft}
          </button>
          <label class="file-button">
            {t.importDraft}
            <input
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                const input = e.currentTarget; // gone from the event once awaited
                void importNow(input.files?.[0]).then(() => (input.value = ''));
              }}
            />
          </label>
        </div>
        <p class="help" id="erp-export-note">
          {t.exportSecretsNote}
        </p>
        {importError.value && (
          <p class="problem" role="alert" data-testid="import-error">
            {importError}
          </p>
        )}
        <h3 class="sub">{t.otherDrafts}</h3>
        {others.length === 0 && <p class="help">{t.noOtherDrafts}</p>}
        <ul class="draft-list">
          {others.map((x) => (
            <li key={x.id} data-draft={x.id}>
              <div>
                <strong>{x.name || t.untitled}</strong>
                <p class="help">
                  {t.draftLine(x.connectorLabel, t.steps[x.step] ?? '', formatWhen(x.updatedAt, state.lang))}
                  {x.lastTest && ` · ${x.lastTest.ok ? t.lastTestOk : t.lastTestFailed}${x.valuesChangedSinceTest ? ` (${t.changedSinceTest})` : ''}`}
                </p>
              </div>
              <button type="button" onClick={() => void sync.open(x.id)} aria-label={`${t.openDraft}: ${x.name || t.untitled}`}>
                {t.openDraft}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
