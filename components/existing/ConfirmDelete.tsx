// The confirmation that names what goes, before a connection or a connector is deleted.
import type { Lang } from '../../lib/i18n/lang';
import type { ExistingState } from '../../lib/existing/state';
import { existingTexts } from './texts';

export function ConfirmDelete({ ex, lang }: { ex: ExistingState; lang: Lang }) {
  const t = existingTexts(lang);
  const c = ex.confirm.value;
  if (!c) return null;
  return (
    <div role="alertdialog" aria-labelledby="erp-confirm-text" class="confirm">
      <p id="erp-confirm-text">{c.kind === 'connection' ? t.confirmConnection(c.name) : t.confirmConnector(c.name)}</p>
      <button type="button" class="danger" onClick={() => void ex.confirmed()}>
        {t.confirmDelete}
      </button>
      <button type="button" ref={(b) => b?.focus()} onClick={() => (ex.confirm.value = null)}>
        {t.keep}
      </button>
    </div>
  );
}
