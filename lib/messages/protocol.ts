// The message map, named by direction: CS→BG (launcher), PANEL→BG (wizard panel),
// UI→BG (popup/options), BG→CS (background asking a content script). Each has a schema;
// nothing crosses a context boundary unvalidated.
import * as z from 'zod/mini';
import { LIMITS } from '../drafts/limits';
import type { ConnectorContract, DecodedFields, ListPage, Outcome } from '../protocol';
import { MAX_NAMESPACE_LENGTH, NAMESPACE_PATTERN } from '../protocol/contract';
import type { BrowserCheck } from '../existing/model';
import type { ConnectorPlanData } from '../configure/plan-read';
import type { DraftError, DraftSummary, DraftView, HistoryItem, SaveResult } from '../drafts';
import { FRAME_MESSAGES, type FrameReplies } from './frame-protocol';

export const CsOpenWizard = z.strictObject({ type: z.literal('cs/open-wizard') });
export const CsShowLauncher = z.strictObject({ type: z.literal('cs/show-launcher') });
export const PanelPing = z.strictObject({ type: z.literal('panel/ping'), sentAt: z.number() });
/** Issue 17: the popup's way into the panel (the wizard, or the existing connections); left out, the panel decides. */
export const PanelModeAsked = z.enum(['new', 'existing']);
export type PanelModeAsked = z.infer<typeof PanelModeAsked>;
export const UiOpenWizard = z.strictObject({ type: z.literal('ui/open-wizard'), tabId: z.number().check(z.int(), z.nonnegative()), mode: z.optional(PanelModeAsked) });
export const UiTabStatus = z.strictObject({ type: z.literal('ui/tab-status'), tabId: z.number().check(z.int(), z.nonnegative()) });
// Connector calls: the panel names a connector URL (the one typed in the draft); the background
// decides whether it may call it (granted host, http(s), protocol operations only).
const Url = z.string().check(z.minLength(1), z.maxLength(1023));
const RequestId = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));
const FieldKey = z.string().check(z.minLength(1), z.maxLength(255));
const ConnectionInfo = z.record(FieldKey, z.string().check(z.maxLength(1023))).check(
  z.refine((o) => Object.keys(o).length <= LIMITS.values, 'Too many values'),
);
/** A namespace the consultant entered (issue 12): an absolute URI, no whitespace or controls (it goes into the SOAPAction header). */
const Namespace = z.string().check(z.maxLength(MAX_NAMESPACE_LENGTH), z.regex(NAMESPACE_PATTERN));
const ContractOverride = z.optional(z.strictObject({ namespace: z.optional(Namespace), memberNamespace: z.optional(Namespace) }));
export const PanelConnectorAccess = z.strictObject({ type: z.literal('panel/connector-access'), url: Url });
export const PanelRequestConnectorAccess = z.strictObject({ type: z.literal('panel/request-connector-access'), url: Url });
export const PanelConnectorFields = z.strictObject({ type: z.literal('panel/connector-fields'), requestId: RequestId, url: Url, contract: ContractOverride });
export const PanelConnectorTest = z.strictObject({
  type: z.literal('panel/connector-test'),
  requestId: RequestId,
  url: Url,
  connectionInfo: ConnectionInfo,
  contract: ContractOverride,
});
export const PanelCancel = z.strictObject({ type: z.literal('panel/cancel'), requestId: RequestId });
/** One List field's items, for a field load the background started (its URL, its budget). */
export const PanelConnectorList = z.strictObject({
  type: z.literal('panel/connector-list'),
  requestId: RequestId,
  loadId: z.uuid(),
  listName: z.string().check(z.minLength(1), z.maxLength(255)),
});
/** Issue 17: the browser's test of a saved connection (WSTestConnection, WSGetSupportedActorTypes) by its GUID. */
// z.guid(), not z.uuid(): a connection's GUID need not carry RFC 4122 version bits (any .NET Guid).
export const PanelConnectionProbe = z.strictObject({ type: z.literal('panel/connection-probe'), requestId: RequestId, url: Url, connectionGuid: z.guid() });
/** Issue 18: what the connector says of its ERP actors, for the plan of a refused agent (lib/configure/plan-read.ts). */
export const PanelConnectorPlan = z.strictObject({ type: z.literal('panel/connector-plan'), requestId: RequestId, url: Url });

// Drafts: the panel names a draft by id; the tenant always comes from the sender's page.
const DraftId = z.uuid();
const Patch = z.record(z.string().check(z.maxLength(64)), z.unknown());
export const PanelDraftsList = z.strictObject({ type: z.literal('panel/drafts-list') });
export const PanelDraftOpen = z.strictObject({ type: z.literal('panel/draft-open'), id: z.optional(DraftId), fresh: z.optional(z.boolean()) });
export const PanelDraftSave = z.strictObject({ type: z.literal('panel/draft-save'), id: DraftId, patch: Patch, baseRevision: z.number().check(z.int()) });
export const PanelDraftRename = z.strictObject({ type: z.literal('panel/draft-rename'), id: DraftId, name: z.string().check(z.maxLength(255)) });
export const PanelDraftDuplicate = z.strictObject({ type: z.literal('panel/draft-duplicate'), id: DraftId, lang: z.enum(['en', 'no']) });
export const PanelDraftRemove = z.strictObject({ type: z.literal('panel/draft-remove'), id: DraftId });
export const PanelDraftUndo = z.strictObject({ type: z.literal('panel/draft-undo'), token: z.uuid() });
export const PanelDraftExport = z.strictObject({ type: z.literal('panel/draft-export'), id: DraftId });
export const PanelDraftImport = z.strictObject({ type: z.literal('panel/draft-import'), text: z.string().check(z.maxLength(LIMITS.importBytes)) });
export const PanelDraftTested = z.strictObject({ type: z.literal('panel/draft-tested'), id: DraftId, result: z.record(z.string().check(z.maxLength(64)), z.unknown()) });
export const PanelDraftHistory = z.strictObject({ type: z.literal('panel/draft-history'), id: DraftId });
export const PanelDraftApplied = z.strictObject({
  type: z.literal('panel/draft-applied'),
  id: DraftId,
  applied: z.strictObject({ at: z.number(), erpConnectorId: z.number(), erpConnectionId: z.number() }),
});
export const UiDraftsAll = z.strictObject({ type: z.literal('ui/drafts-all') });
export const UiOpenDraft = z.strictObject({ type: z.literal('ui/open-draft'), id: DraftId, tabId: z.optional(z.number().check(z.int(), z.nonnegative())) });
export const UiDraftExport = z.strictObject({ type: z.literal('ui/draft-export'), id: DraftId });
export const UiDraftImport = z.strictObject({ type: z.literal('ui/draft-import'), tenant: z.string().check(z.maxLength(1023)), text: z.string().check(z.maxLength(LIMITS.importBytes)) });
/** The options page's diagnostics: how many messages the background refused, by reason. */
export const UiRefusals = z.strictObject({ type: z.literal('ui/refusals') });

/** BG→CS: another tab saved this draft. */
export const BgDraftChanged = z.strictObject({ type: z.literal('bg/draft-changed'), id: DraftId, revision: z.number().check(z.int()) });
export type BgDraftChanged = z.infer<typeof BgDraftChanged>;

export const BgQueryScreen = z.strictObject({ type: z.literal('bg/query-screen') });

export type CsOpenWizard = z.infer<typeof CsOpenWizard>;
export type PanelPing = z.infer<typeof PanelPing>;
export type UiOpenWizard = z.infer<typeof UiOpenWizard>;
export type UiTabStatus = z.infer<typeof UiTabStatus>;

/** Messages the background accepts, by type. */
export const TO_BACKGROUND = {
  'cs/open-wizard': CsOpenWizard,
  'cs/show-launcher': CsShowLauncher,
  'panel/ping': PanelPing,
  'ui/open-wizard': UiOpenWizard,
  'ui/tab-status': UiTabStatus,
  'panel/connector-access': PanelConnectorAccess,
  'panel/request-connector-access': PanelRequestConnectorAccess,
  'panel/connector-fields': PanelConnectorFields,
  'panel/connector-test': PanelConnectorTest,
  'panel/cancel': PanelCancel,
  'panel/connector-list': PanelConnectorList,
  'panel/drafts-list': PanelDraftsList,
  'panel/draft-open': PanelDraftOpen,
  'panel/draft-save': PanelDraftSave,
  'panel/draft-rename': PanelDraftRename,
  'panel/draft-duplicate': PanelDraftDuplicate,
  'panel/draft-remove': PanelDraftRemove,
  'panel/draft-undo': PanelDraftUndo,
  'panel/draft-export': PanelDraftExport,
  'panel/draft-import': PanelDraftImport,
  'panel/draft-tested': PanelDraftTested,
  'panel/draft-applied': PanelDraftApplied,
  'panel/draft-history': PanelDraftHistory,
  'ui/drafts-all': UiDraftsAll,
  'ui/open-draft': UiOpenDraft,
  'ui/draft-export': UiDraftExport,
  'ui/draft-import': UiDraftImport,
  'ui/refusals': UiRefusals,
  ...FRAME_MESSAGES,
  'panel/connection-probe': PanelConnectionProbe,
  'panel/connector-plan': PanelConnectorPlan,
} as const;
export type ToBackgroundType = keyof typeof TO_BACKGROUND;
export type ToBackground = { [K in ToBackgroundType]: z.infer<(typeof TO_BACKGROUND)[K]> }[ToBackgroundType];

/** What a SuperOffice page shows, as the launcher sees it. */
export type Screen = 'sync-tab' | 'other-admin-screen';

export interface TabStatus {
  /** The page is a SuperOffice Settings and maintenance page the extension works on. */
  superOffice: boolean;
  tenant: string | null;
  /** null when the launcher could not be asked (page still loading, or not a SuperOffice page). */
  screen: Screen | null;
}

export interface Pong {
  version: string;
  receivedAt: number;
}

export interface ConnectorAccess {
  /** The host as the consultant will see it in the browser's prompt. */
  host: string;
  granted: boolean;
}

export interface ConnectorFields {
  fields: Outcome<DecodedFields>;
  /** Names this load for `panel/connector-list` (null when no field is a List). */
  loadId: string | null;
  /** The contract the calls used and where it came from (issue 12). */
  contract?: ConnectorContract;
}

export interface ConnectorList {
  /** WSGetList's items (capped), or why there are none. */
  list: Outcome<ListPage>;
}

/** Replies: always a result object, never a thrown error across the boundary. */
export type ErrorCode = 'unknown-sender' | 'not-allowed' | 'invalid-message' | 'oversized' | 'not-superoffice-page' | 'inject-failed' | 'other-tenant' | 'internal';

/** Why the background refused a message: the preflight's reasons, and a connector host never granted. */
export const REFUSAL_KINDS = ['unknown-sender', 'not-allowed', 'invalid-message', 'oversized', 'not-permitted'] as const;
export type RefusalKind = (typeof REFUSAL_KINDS)[number];
export interface RefusalCounts {
  counts: Record<RefusalKind, number>;
  /** When the last one was refused (ms), null when none since the browser started. */
  lastAt: number | null;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export interface Replies extends FrameReplies {
  'cs/open-wizard': Reply<{ opened: true }>;
  'cs/show-launcher': Reply<{ shown: true }>;
  'panel/ping': Reply<Pong>;
  'ui/open-wizard': Reply<{ opened: true }>;
  'ui/tab-status': Reply<TabStatus>;
  'panel/connector-access': Reply<ConnectorAccess>;
  'panel/request-connector-access': Reply<{ opened: boolean }>;
  'panel/connector-fields': Reply<ConnectorFields>;
  'panel/connector-test': Reply<Outcome<null> & { contract?: ConnectorContract }>;
  'panel/cancel': Reply<{ cancelled: boolean }>;
  'panel/connector-list': Reply<ConnectorList>;
  'panel/drafts-list': DraftReply<{ drafts: DraftSummary[] }>;
  'panel/draft-open': DraftReply<{ draft: DraftView }>;
  'panel/draft-save': SaveResult | Refusal;
  'panel/draft-rename': DraftReply<{ draft: DraftView }>;
  'panel/draft-duplicate': DraftReply<{ draft: DraftView }>;
  'panel/draft-remove': DraftReply<{ undoToken: string; expiresAt: number }>;
  'panel/draft-undo': DraftReply<{ draft: DraftView }>;
  'panel/draft-export': DraftReply<{ file: unknown }>;
  'panel/draft-import': DraftReply<{ draft: DraftView }>;
  'panel/draft-tested': DraftReply<{ draft: DraftView }>;
  'panel/draft-applied': DraftReply<{ draft: DraftView }>;
  'panel/draft-history': DraftReply<{ entries: HistoryItem[] }>;
  'ui/drafts-all': DraftReply<{ tenants: { tenant: string; drafts: DraftSummary[] }[] }>;
  /** `opened`: in the given tab; `new-tab`: the tenant's Settings and maintenance was opened for it. */
  'ui/open-draft': DraftReply<{ where: 'tab' | 'new-tab' }>;
  'ui/draft-export': DraftReply<{ file: unknown }>;
  'ui/draft-import': DraftReply<{ draft: DraftView }>;
  'ui/refusals': Reply<RefusalCounts>;
  'panel/connection-probe': Reply<BrowserCheck>;
  'panel/connector-plan': Reply<ConnectorPlanData>;
}

/** The preflight's refusal, as every message may get it. */
export type Refusal = { ok: false; error: { code: ErrorCode; message: string } };
/** Drafts answer in the store's own shape (payload beside ok), or with a refusal. */
export type DraftReply<T extends object> = ({ ok: true } & T) | { ok: false; error: DraftError } | Refusal;
