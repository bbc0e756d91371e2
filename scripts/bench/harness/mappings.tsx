// Runs in Chromium (bundled by scripts/bench/mappings.ts): the Mappings step with one ERP actor of
// N fields (a fake port answering GetActorTypeMapping), and Preact's render hook counting the
// components re-rendered when one direction changes.
import { Fragment, options, render } from 'preact';
import { MappingsStep } from '../../../components/configure/MappingsStep';
import css from '../../../components/wizard/panel.css?inline';
import { actorFrom, createMappingModel } from '../../../lib/configure/mapping-model';
import type { ErpFieldMapping, ErpSyncActorTypeMapping, MappingClient } from '../../../lib/crm/mapping';

type Hooks = { __r?: (v: unknown) => void; __c?: (v: unknown, q: unknown) => void };
const hooks = options as Hooks;
let renders = 0;
let committedAt = 0;
const onRender = hooks.__r;
const onCommit = hooks.__c;
// Preact wraps an array of children (a select's options) in an internal Fragment, diffed with its
// parent: not a component of ours, so not counted.
hooks.__r = (v) => {
  if ((v as { type?: unknown }).type !== Fragment) renders++;
  onRender?.(v);
};
hooks.__c = (v, q) => {
  committedAt = performance.now();
  onCommit?.(v, q);
};

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
      renders = 0;
      const t0 = performance.now();
      row.direction.value = 'to-crm';
      await settle();
      const out = { renders, ms: committedAt - t0 };
      render(null, m.root);
      m.host.remove();
      return out;
    },
  },
});
