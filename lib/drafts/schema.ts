// The draft's shape, validated with zod on every way in (panel patches, stored records, imports).
// A draft holds what the consultant typed, not encoded values: the wizard encodes on the way out.
import * as z from 'zod/mini';
import { LIMITS, UNSAFE_KEYS } from './limits';

export const STEPS = ['install', 'connector', 'connection', 'test', 'ok', 'next-steps'] as const;
export type StepName = (typeof STEPS)[number];

const Text = z.string().check(z.maxLength(LIMITS.text));
const Name = z.string().check(z.maxLength(LIMITS.name));
const Id = z.number().check(z.int(), z.nonnegative());
const Ids = z.array(Id).check(z.maxLength(LIMITS.ids));
export const FieldKey = z.string().check(
  z.minLength(1),
  z.maxLength(LIMITS.name),
  z.refine((k) => !UNSAFE_KEYS.has(k), 'unsafe-key'),
);
export type FieldKey = z.infer<typeof FieldKey>;
const Time = z.number().check(z.int(), z.nonnegative());

/** Origin + CustID online (`https://online.superoffice.com/Cust12345`), or an onsite origin + path. */
export const Tenant = z.string().check(
  z.maxLength(LIMITS.text),
  z.refine(isTenant, 'not-a-tenant'),
);
function isTenant(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && !u.search && !u.hash
      && s === u.origin + u.pathname.replace(/\/+$/, '');
  } catch {
    return false;
  }
}

export const Values = z.record(FieldKey, Text).check(
  z.refine((o) => Object.keys(o).length <= LIMITS.values, 'too-many-values'),
);
export const Connector = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('existing'), erpConnectorId: Id }),
  z.strictObject({ mode: z.literal('new'), name: Name, url: Text }),
]);
export type Connector = z.infer<typeof Connector>;
export const Visibility = z.discriminatedUnion('all', [
  z.strictObject({ all: z.literal(true) }),
  z.strictObject({ all: z.literal(false), associateIds: Ids, groupIds: Ids }),
]);
export type Visibility = z.infer<typeof Visibility>;
/** The connector's contract namespaces the consultant entered under Advanced (issue 12), as typed. */
export const ContractOverride = z.strictObject({ namespace: z.optional(Text), memberNamespace: z.optional(Text) });
export const Connection = z.strictObject({
  name: Name,
  description: Text,
  visibility: Visibility,
  values: Values,
  contract: z.optional(ContractOverride),
  /** FieldKeys whose placeholder-looking default the consultant kept (lib/wizard/placeholder-defaults.ts). */
  confirmedDefaults: z.optional(z.array(FieldKey).check(z.maxLength(LIMITS.values))),
});
export type Connection = z.infer<typeof Connection>;
export const TestWhere = z.enum(['browser', 'crm']);
export const LastTest = z.strictObject({ at: Time, where: TestWhere, outcome: Text, ok: z.boolean(), valuesHash: z.string().check(z.maxLength(128)) });
export type LastTest = z.infer<typeof LastTest>;
export const Applied = z.strictObject({ at: Time, erpConnectorId: Id, erpConnectionId: Id });
export type Applied = z.infer<typeof Applied>;
/** The Sync Connector this draft added to the CRM at the test step, until OK (issue 13, point 6); null clears it. */
export const AddedConnector = z.nullable(z.strictObject({ erpConnectorId: Id, name: Name, url: Text }));
export type AddedConnector = z.infer<typeof AddedConnector>;
export const SecretKeys = z.array(FieldKey).check(z.maxLength(LIMITS.secretKeys));
export const Step = z.number().check(z.int(), z.minimum(0), z.maximum(STEPS.length - 1));

/** The configuration steps after OK (issue 18), in the native UI's order. */
export const CONFIGURE_STEPS = ['mappings', 'lists', 'defaults', 'order', 'priority', 'active'] as const;
const ConfigureStepName = z.enum(CONFIGURE_STEPS);
const Flag = z.boolean();
/**
 * Where the consultant is in the configuration of one saved connection, and the choices not yet
 * saved to the CRM (mapping rows changed, list items chosen, defaults typed). Field order and sync
 * priority save on each move, so they are never pending here.
 */
export const ConfigureDraft = z.strictObject({
  erpConnectionId: Id,
  step: z.number().check(z.int(), z.minimum(0), z.maximum(CONFIGURE_STEPS.length - 1)),
  saved: z.array(ConfigureStepName).check(z.maxLength(CONFIGURE_STEPS.length)),
  skipped: z.array(ConfigureStepName).check(z.maxLength(CONFIGURE_STEPS.length)),
  mappings: z.array(z.strictObject({
    actor: FieldKey,
    enabled: z.optional(Flag),
    rows: z.array(z.strictObject({ key: FieldKey, crmFieldKey: Name, direction: z.enum(['none', 'to-crm', 'to-erp', 'both']), showInSearch: Flag, showInGui: Flag })).check(z.maxLength(LIMITS.values)),
  })).check(z.maxLength(LIMITS.configureActors)),
  lists: z.array(z.strictObject({ erpFieldId: Id, items: z.record(FieldKey, Name).check(z.refine((o) => Object.keys(o).length <= LIMITS.values, 'too-many-items')) })).check(z.maxLength(LIMITS.configureLists)),
  defaults: z.array(z.strictObject({ actor: FieldKey, erpFieldId: Id, setValue: Flag, value: Text, ask: Flag, mandatory: Flag })).check(z.maxLength(LIMITS.configureActors)),
});
export type ConfigureDraft = z.infer<typeof ConfigureDraft>;

/** A draft as the wizard sees it: `connection.values` includes the secret values kept this session. */
export const Draft = z.strictObject({
  id: z.uuid(),
  tenant: Tenant,
  name: Name,
  revision: z.number().check(z.int(), z.positive()),
  createdAt: Time,
  updatedAt: Time,
  step: Step,
  connector: Connector,
  connection: Connection,
  /** FieldKeys of `Password` fields: their values live only in session storage. */
  secretKeys: SecretKeys,
  lastTest: z.optional(LastTest),
  applied: z.optional(Applied),
  addedConnector: z.optional(AddedConnector),
  /** Issue 17: an edit of a connection the CRM holds (the existing-connections view), not a wizard draft. */
  edit: z.optional(z.strictObject({ erpConnectionId: Id, erpConnectorId: Id })),
  configure: z.optional(ConfigureDraft),
});
export type Draft = z.infer<typeof Draft>;
export type EditOf = NonNullable<Draft['edit']>;
/** What `get` hands out: the draft plus the secret keys this session has no value for. */
export type DraftView = Draft & { secretsMissing: string[] };

/** The record in IndexedDB: a draft without secret values, tagged with its schema version. */
export const STORED_SCHEMA = 1;
export const StoredDraft = z.strictObject({ ...Draft.shape, schema: z.literal(STORED_SCHEMA) });
export type StoredDraft = z.infer<typeof StoredDraft>;

/** What the panel may change; `connection` merges one level deep, `values` is replaced whole. */
export const DraftPatch = z.strictObject({
  name: z.optional(Name),
  step: z.optional(Step),
  connector: z.optional(Connector),
  connection: z.optional(z.partial(Connection)),
  secretKeys: z.optional(SecretKeys),
  addedConnector: z.optional(AddedConnector),
  edit: Draft.shape.edit,
  configure: z.optional(ConfigureDraft),
});
export type DraftPatch = z.infer<typeof DraftPatch>;

/** What `create` accepts to start a draft with. */
export const DraftInit = DraftPatch;
export type DraftInit = DraftPatch;

export const TestResult = z.strictObject({
  where: TestWhere,
  outcome: Text,
  ok: z.boolean(),
  /** The connector URL tested (the draft's, when left out). */
  connectorUrl: z.optional(Text),
  /** The values tested (the draft's current ones, when left out). */
  values: z.optional(Values),
});
export type TestResult = z.infer<typeof TestResult>;
