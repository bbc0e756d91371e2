// Fake ports for the wizard's unit tests: a CRM and a background that record what they were asked.
import type { ConfigField, Outcome } from '../../lib/protocol';
import type { ApplyPlan, PortError, Res, WizardBackground, WizardCrm } from '../../lib/wizard/ports';

export const FIELDS: ConfigField[] = [
  { FieldKey: 'info', Rank: 0, DisplayName: 'US:"Demo";NO:"Demo"', DisplayDescription: null, FieldType: 'Label', ListName: null, DefaultValue: '', MaxLength: 0, Access: 'ReadOnly' },
  { FieldKey: 'username', Rank: 2, DisplayName: 'US:"User name";NO:"Brukernavn"', DisplayDescription: null, FieldType: 'Text', ListName: null, DefaultValue: '', MaxLength: 64, Access: 'Mandatory' },
  { FieldKey: 'password', Rank: 3, DisplayName: 'US:"Password";NO:"Passord"', DisplayDescription: null, FieldType: 'Password', ListName: null, DefaultValue: '', MaxLength: 128, Access: 'Mandatory' },
  { FieldKey: 'pageSize', Rank: 4, DisplayName: 'Page size', DisplayDescription: null, FieldType: 'Integer', ListName: null, DefaultValue: '[I:100]', MaxLength: 0, Access: 'Normal' },
  { FieldKey: 'useVat', Rank: 5, DisplayName: 'Use VAT', DisplayDescription: null, FieldType: 'Checkbox', ListName: null, DefaultValue: '[I:1]', MaxLength: 0, Access: 'Normal' },
  { FieldKey: 'server', Rank: 7, DisplayName: 'Server', DisplayDescription: null, FieldType: 'Text', ListName: null, DefaultValue: 'erp01', MaxLength: 0, Access: 'ReadOnly' },
  { FieldKey: 'department', Rank: 6, DisplayName: 'Department', DisplayDescription: null, FieldType: 'List', ListName: 'departments', DefaultValue: '200', MaxLength: 0, Access: 'Normal' },
];

const ok = <T>(value: T): Res<T> => ({ ok: true, value });
export const outcome = (kind: 'ok' | 'connector-error', extra: object = {}): Outcome<null> =>
  ({ kind, value: null, result: {}, operation: 'WSTestConfigData', latencyMs: 12, hint: { en: 'hint', no: 'hint' }, ...extra }) as unknown as Outcome<null>;

export function fakePorts(opts: { granted?: boolean; crmConfigTest?: boolean; crmRefuses?: boolean; addFails?: PortError; testRefused?: boolean; canDelete?: 'NoError' | 'ErrorConnectorHasConnections' | 'ErrorNotFound' } = {}) {
  const calls: { plans: ApplyPlan[]; tests: Record<string, string>[]; crmTests: Record<string, string>[]; crmTestIds: number[]; added: string[]; deleted: number[]; lists: string[] } = { plans: [], tests: [], crmTests: [], crmTestIds: [], added: [], deleted: [], lists: [] };
  let nextTest: Outcome<null> = outcome('ok');
  let crmPasses = opts.crmConfigTest ?? true;
  // A real CRM lists the connectors added to it.
  const addedConnectors: { id: number; name: string; url: string }[] = [];
  const refused: Res<never> = { ok: false, error: { kind: 'forbidden', message: { en: 'The CRM refused', no: 'CRM nektet' } } };
  const crm: WizardCrm = {
    connectors: async () => (opts.crmRefuses ? refused : ok([{ id: 1, name: 'Finance', url: 'http://127.0.0.1:9/finance/ErpConnectorWS.svc' }, ...addedConnectors])),
    connections: async () => (opts.crmRefuses ? refused : ok([{ id: 10, name: 'Existing', connectorId: 1 }])),
    users: async () => ok({ users: [{ associateId: 5, name: 'Kari Nordmann' }, { associateId: 6, name: 'Ola Åsen' }], complete: true }),
    groups: async () => ok([{ id: 2, name: 'Salg' }]),
    addConnector: async (name, url) => (calls.added.push(url), opts.addFails ? { ok: false, error: opts.addFails } : (addedConnectors.push({ id: 7, name, url }), ok({ id: 7, name, url }))),
    configurationFields: async () => ok(FIELDS),
    testConnectorUrl: async () => ok(true),
    testConfig: async (id, fields) => (calls.crmTests.push(fields), calls.crmTestIds.push(id), opts.testRefused ? refused : ok(crmPasses)),
    canDeleteConnector: async () => ok(opts.canDelete ?? 'NoError'),
    deleteConnector: async (id) => (calls.deleted.push(id), ok(null)),
    apply: async (plan) => (calls.plans.push(plan), ok({ erpConnectorId: plan.connector.mode === 'existing' ? plan.connector.erpConnectorId : 8, erpConnectionId: 11 })),
  };
  const bg: WizardBackground = {
    ping: async () => ok({ version: '1.0.0' }),
    access: async (url) => ok({ host: new URL(url).host, granted: opts.granted ?? true }),
    requestAccess: async () => ok({ opened: true }),
    fields: async () =>
      ok({
        fields: { ...outcome('ok'), value: { fields: FIELDS, warnings: [] } } as never,
        loadId: '00000000-0000-4000-8000-000000000001',
      }),
    list: async (_id, _loadId, name) => (calls.lists.push(name), ok({ list: { ...outcome('ok'), value: { items: [{ key: '100', text: 'Salg' }, { key: '200', text: 'Økonomi' }], sent: 2 } } as never })),
    test: async (_id, _url, info) => (calls.tests.push(info), ok(nextTest)),
    cancel: async () => undefined,
  };
  return { crm, bg, calls, setNextTest: (o: Outcome<null>) => (nextTest = o), setCrmTest: (passes: boolean) => (crmPasses = passes) };
}
