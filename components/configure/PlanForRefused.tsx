// When the CRM refuses its agent: the configuration steps as a prepared plan for its own dialogs,
// from what the browser reads of the Sync Connector (lib/configure/plan-read.ts).
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { buildPlan, type Plan } from '../../lib/configure/plan';
import { askConnectorPlan, planInputFrom } from '../../lib/configure/plan-port';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';
import { ConfigurePlan } from './ConfigurePlan';

export function PlanForRefused({ url, connectionName, lang }: { url: string; connectionName: string; lang: Lang }) {
  const t = CONFIGURE_TEXTS[lang];
  const state = useSignal<{ state: 'loading' } | { state: 'ready'; plan: Plan; notes: string[] } | { state: 'failed'; message: string }>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    state.value = { state: 'loading' };
    void askConnectorPlan(url).then((r) => {
      if (!live) return;
      if (!r.ok) return void (state.value = { state: 'failed', message: r.message });
      const { input, notes } = planInputFrom(r.data, connectionName, lang, t);
      state.value = { state: 'ready', plan: buildPlan(input), notes };
    });
    return () => void (live = false);
  }, [url, connectionName, lang]);
  const s = state.value;
  if (s.state === 'loading') return <p role="status">{t.plan.loading}</p>;
  if (s.state === 'failed') return <p role="alert">{t.plan.actorsUnread(s.message)}</p>;
  return <ConfigurePlan plan={s.plan} lang={lang} notes={s.notes} />;
}
