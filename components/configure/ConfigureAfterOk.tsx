// After OK (or from the existing-connections list), the configuration continues in the panel for
// that connection, as six steps of their own. `persist`: the draft's copy of the configuration
// (taken back once, then kept up to date); without it the choices live as long as the panel.
import { effect } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { ConfigureDraft } from '../../lib/drafts/schema';
import { configureSnapshot, isUntouched, restoreConfigure } from '../../lib/configure/draft';
import { mappingModelFor, mappingPortForPage } from '../../lib/configure/port';
import type { Lang } from '../../lib/i18n/lang';
import { ConfigureSteps } from './ConfigureSteps';

export interface ConfigurePersist {
  saved: ConfigureDraft | undefined;
  save: (d: ConfigureDraft) => void;
}

const restored = new WeakSet<object>();

export function ConfigureAfterOk({ erpConnectionId, lang, persist }: { erpConnectionId: number; lang: Lang; persist?: ConfigurePersist }) {
  const port = useMemo(() => mappingPortForPage(document, lang), [lang]);
  const m = mappingModelFor(erpConnectionId);
  // The draft's configuration comes back once per panel, before the steps read the CRM.
  if (!restored.has(m)) {
    restored.add(m);
    if (persist?.saved) restoreConfigure(m, persist.saved);
  }
  const save = persist?.save;
  const had = Boolean(persist?.saved);
  // Kept once the consultant did something here (a draft only passed through OK keeps no `configure`).
  useEffect(() => (save ? effect(() => {
    const d = configureSnapshot(m);
    if (had || !isUntouched(d)) save(d);
  }) : undefined), [m, save, had]);
  if (!port) return null;
  return <ConfigureSteps m={m} ports={port} lang={lang} />;
}
