// The configuration steps for a connection picked from the existing-connections list, with the way
// back. Kept in the wizard's draft when that draft's OK saved this connection; otherwise the
// choices not yet saved live as long as the panel (and the view says so).
import { useEffect, useRef } from 'preact/hooks';
import { backToList, configuringFromList } from '../../lib/configure/from-list';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';
import { configurePersistFor } from '../../lib/wizard/configure-draft';
import type { WizardState } from '../../lib/wizard/model';
import { configureButtonId } from './ConfigureButton';
import { ConfigureAfterOk } from './ConfigureAfterOk';

/** `onBack`: the list is read again (an activation or save here changed what it shows). */
export function ConfigureExisting({ state, lang, onBack }: { state: WizardState; lang: Lang; onBack?: () => void }) {
  const t = CONFIGURE_TEXTS[lang];
  const heading = useRef<HTMLHeadingElement>(null);
  const c = configuringFromList.value;
  useEffect(() => heading.current?.focus(), [c?.id]);
  if (!c) return null;
  const persist = configurePersistFor(state, c.id);
  const back = (e: Event) => {
    const root = (e.currentTarget as HTMLElement).getRootNode() as Document | ShadowRoot;
    backToList();
    onBack?.();
    // Once the list is drawn again: focus on the row's own Configure button.
    setTimeout(() => (root.getElementById?.(configureButtonId(c.id)) as HTMLElement | null)?.focus(), 0);
  };
  return (
    <section class="configure-existing" aria-labelledby="erp-configure-existing-title" data-testid="configure-existing">
      <h3 id="erp-configure-existing-title" tabIndex={-1} ref={heading}>
        {t.configuringTitle(c.name)}
      </h3>
      <div class="buttons">
        <button type="button" onClick={back}>
          {t.backToList}
        </button>
      </div>
      {!persist && <p class="help" data-testid="not-in-draft">{t.notInDraft}</p>}
      <ConfigureAfterOk key={c.id} erpConnectionId={c.id} lang={lang} {...(persist ? { persist } : {})} />
    </section>
  );
}
