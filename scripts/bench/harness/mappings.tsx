// Runs in Chromium (bundled by scripts/bench/mappings.ts): the Mappings step with one ERP actor of
// N fields (a fake port answering GetActorTypeMapping), and Preact's render hook counting the
// components re-rendered when one direction changes.
import { render } from 'preact';
import { MappingsStep } from '../../../components/configure/MappingsStep';
import css from '../../../components/wizard/panel.css?inline';
import { actorFrom, createMappingModel } from '../../../lib/configure/mapping-model';
import type { ErpFieldMapping, ErpSyncActorTypeMapping, MappingClient } from '../../../lib/crm/mapping';
import { countRenders } from './render-count';

const counter = countRenders(true);

const TYPES = ['Text', 'Integer', 'Double', 'Checkbox', 'List', 'Datetime'];
function mapping(n: number): ErpSyncActorTypeMapping {
  const rows: ErpFieldMapping[] = Array.from({ length: n }, (_, i) => ({
    ErpFieldId: i + 1, CrmFieldKey: i % 3 === 0 ? 'NAME' : '', CrmDisplayName: '', CrmDisplayTooltip: '', ErpFieldKey: `F${i}`, FieldType: TYPES[i % TYPES.length] as string,
    ErpDisplayName: i % 7 === 0 ? 'E-post' : `Field ${i}`, ErpDisplayTooltip: '', SyncToCrm: false, SyncToErp: false, ShowInGui: false, ShowInSearch: false,
    AlreadyMapped: false, MissingInERP: false, MissingInCRM: false, Access: i % 10 === 0 ? 'Mandatory' : 'Normal', ListReference: '',
  }));
  return { ErpConnectionId: 1, IsActive: true, ActorTypeErp: 'Customer', ActorTypeCrm: 'Contact', FieldMappings: rows };
}
const port = { getActorTypeMapping: async () => ({ ok: false }) } as unknown as MappingClient;

function mount(n: number) {
  const model = createMappingModel(1);
  model.actors.value = [actorFrom(mapping(n))];
  model.load.value = { state: 'loaded' };
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const root = document.createElement('div');
  shadow.append(style, root);
  document.body.append(host);
  return { model, host, shadow, root };
}
const settle = () => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0));

Object.assign(globalThis, {
  bench: {
    async render(n: number): Promise<{ ms: number; rows: number; painted: number; whole: number; longest: number }> {
      const m = mount(n);
      const t0 = performance.now();
      render(<MappingsStep model={m.model} port={port} lang="en" />, m.root);
      m.host.getBoundingClientRect();
      void m.root.offsetHeight;
      const ms = performance.now() - t0;
      const rows = m.shadow.querySelectorAll('tbody tr').length;
      // The first frame: the cells near the view (content-visibility) are laid out and painted;
      // a requestAnimationFrame callback runs before a frame, so the second one follows it.
      const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
      await frame();
      let last = await frame();
      const painted = last - t0;
      // Each row's SuperOffice-field select gets its whole list in idle time after the render
      // (components/configure/shared-select.tsx): until when (seen at a frame), and the longest
      // frame meanwhile (~16.7 ms is a frame on time).
      const selects = [...m.shadow.querySelectorAll<HTMLSelectElement>('tbody select[id]')];
      let longest = 0;
      while (selects.some((s) => s.options.length < 2)) {
        const now = await frame();
        longest = Math.max(longest, now - last);
        last = now;
      }
      const whole = performance.now() - t0;
      render(null, m.root);
      m.host.remove();
      return { ms, rows, painted, whole, longest };
    },
    /** One direction chosen in the middle row: components rendered, ms until the last commit. */
    async change(n: number): Promise<{ renders: number; ms: number }> {
      const m = mount(n);
      render(<MappingsStep model={m.model} port={port} lang="en" />, m.root);
      await settle();
      const row = m.model.actors.value[0]?.rows[Math.floor(n / 2) + 1];
      if (!row) throw new Error('no row');
      row.crmFieldKey.value = 'EMAIL';
      await settle();
      const t0 = counter.start();
      row.direction.value = 'to-crm';
      await settle();
      const out = counter.since(t0);
      render(null, m.root);
      m.host.remove();
      return out;
    },
  },
});
