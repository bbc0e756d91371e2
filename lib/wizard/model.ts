// The wizard's state: signals for what the consultant typed and what the CRM and the connector
// said, and computed views (the values to send, the test that counts, why OK is disabled).
// Components read these; actions (./actions.ts) change them.
import { computed, signal } from '@preact/signals';
import type { Lang } from '../i18n/lang';
import { TEXTS } from '../i18n/texts';
import { prepareConnectionInfo, type ConfigField, type FieldWarning, type ListItem, type Outcome } from '../protocol';
import { okBlockers, type TestVerdict } from './blockers';
import { classifyConnectorUrl } from './connector-url';
import type { Applied, CrmConnection, CrmConnector, CrmGroup, CrmUser, Plain, PortError, Res } from './ports';
import { valuesKey } from './values-key';

export type ConnectorChoice = { mode: 'existing'; id: number } | { mode: 'new'; name: string; url: string };
export interface Visibility {
  all: boolean;
  associateIds: number[];
  groupIds: number[];
}
export interface LoadedFields {
  source: 'browser' | 'crm';
  forUrl: string;
  list: ConfigField[];
  items: Record<string, ListItem[]>;
  /** What the connector's metadata needed working around (shown to the consultant). */
  warnings?: FieldWarning[];
  /** ListName → how many items the connector sent, for a list cut to MAX_LIST_ITEMS. */
  listsSent?: Record<string, number>;
}
export type FieldsStatus =
  | { state: 'idle' | 'loading' | 'loaded' }
  | { state: 'needs-access'; host: string }
  | { state: 'needs-crm-connector' }
  | { state: 'failed'; message: Plain };
/** What a test ran with: the values as typed and the connector address, for the draft's history. */
export interface Tested {
  url: string;
  values: Record<string, string>;
}
export interface CrmTest {
  key: string;
  kind: 'config' | 'url';
  result: Res<boolean>;
  tested?: Tested;
}
export type ApplyStatus = { state: 'idle' | 'applying' } | { state: 'done'; applied: Applied } | { state: 'failed'; error: PortError };

export function createWizardState(lang: Lang) {
  const open = signal(true);
  const step = signal(0);
  const background = signal<{ state: 'checking' } | { state: 'ok'; version: string; ms: number } | { state: 'failed'; why: string }>({ state: 'checking' });
  const crm = {
    connectors: signal<CrmConnector[] | null>(null),
    connections: signal<CrmConnection[]>([]),
    users: signal<CrmUser[]>([]),
    /** False when the CRM has more users than it listed: what is typed in the picker is searched there. */
    usersComplete: signal(true),
    groups: signal<CrmGroup[]>([]),
    /** Set when the CRM's agent refused us (401/403) or failed: the wizard goes on without it. */
    error: signal<PortError | null>(null),
    /** Users or user groups could not be read: the picker says so; the rest goes on. */
    directoryError: signal<PortError | null>(null),
  };
  const connector = signal<ConnectorChoice>({ mode: 'new', name: '', url: '' });
  const name = signal('');
  const description = signal('');
  const visibility = signal<Visibility>({ all: true, associateIds: [], groupIds: [] });
  const values = signal<Record<string, string>>({});
  const fields = signal<LoadedFields | null>(null);
  const fieldsStatus = signal<FieldsStatus>({ state: 'idle' });
  const access = signal<{ host: string; granted: boolean } | null>(null);
  const browserTest = signal<{ key: string; outcome: Outcome<null>; tested?: Tested } | null>(null);
  const crmTest = signal<CrmTest | null>(null);
  const testing = signal(false);
  const applyStatus = signal<ApplyStatus>({ state: 'idle' });
  const stepErrors = signal<string[]>([]);
  /** This draft's connection, saved by an earlier OK that was not confirmed: a retry updates it. */
  const retryConnectionId = signal<number | null>(null);
  /** What was typed for a new connector, kept while the consultant looks at existing ones. */
  const lastNewConnector = signal({ name: '', url: '' });
  /** FieldKeys whose placeholder-looking default the consultant confirmed (./placeholder-defaults.ts). */
  const confirmedDefaults = signal<string[]>([]);
  /** The Sync Connector this draft added to the CRM at the test step (crm-connector.ts), until OK. */
  const addedConnector = signal<{ id: number; name: string; url: string } | null>(null);

  const connectorUrl = computed(() => {
    const c = connector.value;
    if (c.mode === 'new') return c.url.trim();
    return crm.connectors.value?.find((x) => x.id === c.id)?.url ?? '';
  });
  const connectorName = computed(() => {
    const c = connector.value;
    return c.mode === 'new' ? c.name.trim() : (crm.connectors.value?.find((x) => x.id === c.id)?.name ?? '');
  });
  const urlInfo = computed(() => classifyConnectorUrl(connectorUrl.value));
  const existingConnectorId = computed(() => (connector.value.mode === 'existing' ? connector.value.id : null));
  const prepared = computed(() => {
    const f = fields.value;
    if (!f) return { connectionInfo: {}, problems: [] };
    // A list the connector sent more of than is kept is not checked: its other items can be typed.
    const listKeys = Object.fromEntries(Object.entries(f.items).filter(([k]) => !Object.hasOwn(f.listsSent ?? {}, k)).map(([k, items]) => [k, items.map((i) => i.key)]));
    return prepareConnectionInfo(f.list, values.value, { listKeys, lang });
  });
  /** Each field's problem code, by FieldKey: a field's own view of `prepared`. */
  const problemCodes = computed(() => new Map(prepared.value.problems.map((p) => [p.FieldKey, p.code])));
  const currentKey = computed(() => valuesKey(connectorUrl.value, prepared.value.connectionInfo));
  /** The contract override in effect (set by ./contract.ts), '' for none: the browser's calls depend on it, the CRM's do not. */
  const contractKey = signal('');
  /** What a browser test result counts for: the values and the contract it ran with. */
  const browserKey = computed(() => (contractKey.value ? `${currentKey.value}|${contractKey.value}` : currentKey.value));
  const testVerdict = computed<TestVerdict>(() => {
    const key = currentKey.value;
    const c = crmTest.value?.kind === 'config' && crmTest.value.key === key ? crmTest.value : null;
    const b = browserTest.value?.key === browserKey.value ? browserTest.value : null;
    // Its agent answered: the CRM's own test decides, as in the native dialog (issue 13, point 6).
    if (crm.error.value === null) {
      if (c) return c.result.ok && c.result.value ? 'passed' : 'failed';
      if (b) return b.outcome.kind === 'ok' ? 'browser-only' : 'failed';
      return browserTest.value || crmTest.value ? 'stale' : 'none';
    }
    // The CRM cannot be asked (refused agent): the browser decides, for the native dialogs' values.
    if (b) return b.outcome.kind === 'ok' ? 'passed' : 'failed';
    return browserTest.value ? 'stale' : 'none';
  });
  const blockers = computed(() =>
    okBlockers({
      hasConnector: Boolean(connectorUrl.value) && urlInfo.value.ok,
      name: name.value,
      visibility: visibility.value,
      fieldsLoaded: fields.value !== null && fields.value.forUrl === connectorUrl.value,
      problems: prepared.value.problems,
      test: testVerdict.value,
      lengths: { name: name.value.trim().length, description: description.value.trim().length, connectorName: connectorName.value.length },
    }),
  );
  const texts = computed(() => TEXTS[lang]);

  return {
    lang, texts, open, step, background, crm, connector, name, description, visibility, values, fields, fieldsStatus, access,
    browserTest, crmTest, testing, applyStatus, stepErrors, retryConnectionId, lastNewConnector, addedConnector, connectorUrl, connectorName, urlInfo, existingConnectorId,
    prepared, problemCodes, currentKey, testVerdict, blockers, confirmedDefaults, contractKey, browserKey,
  };
}

export type WizardState = ReturnType<typeof createWizardState>;
