// The message map, named by direction: CS→BG (launcher), PANEL→BG (wizard panel),
// UI→BG (popup/options), BG→CS (background asking a content script). Each has a schema;
// nothing crosses a context boundary unvalidated.
import * as z from 'zod/mini';
import type { DecodedFields, ListItem, Outcome } from '../protocol';

export const CsOpenWizard = z.strictObject({ type: z.literal('cs/open-wizard') });
export const PanelPing = z.strictObject({ type: z.literal('panel/ping'), sentAt: z.number() });
export const UiOpenWizard = z.strictObject({ type: z.literal('ui/open-wizard'), tabId: z.number().check(z.int(), z.nonnegative()) });
export const UiTabStatus = z.strictObject({ type: z.literal('ui/tab-status'), tabId: z.number().check(z.int(), z.nonnegative()) });
// Connector calls: the panel names a connector URL (the one typed in the draft); the background
// decides whether it may call it (granted host, http(s), protocol operations only).
const Url = z.string().check(z.minLength(1), z.maxLength(1023));
const RequestId = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));
const FieldKey = z.string().check(z.minLength(1), z.maxLength(255));
const ConnectionInfo = z.record(FieldKey, z.string().check(z.maxLength(1023))).check(
  z.refine((o) => Object.keys(o).length <= 200, 'Too many values'),
);
export const PanelConnectorAccess = z.strictObject({ type: z.literal('panel/connector-access'), url: Url });
export const PanelRequestConnectorAccess = z.strictObject({ type: z.literal('panel/request-connector-access'), url: Url });
export const PanelConnectorFields = z.strictObject({ type: z.literal('panel/connector-fields'), requestId: RequestId, url: Url });
export const PanelConnectorTest = z.strictObject({
  type: z.literal('panel/connector-test'),
  requestId: RequestId,
  url: Url,
  connectionInfo: ConnectionInfo,
});
export const PanelCancel = z.strictObject({ type: z.literal('panel/cancel'), requestId: RequestId });

export const BgQueryScreen = z.strictObject({ type: z.literal('bg/query-screen') });

export type CsOpenWizard = z.infer<typeof CsOpenWizard>;
export type PanelPing = z.infer<typeof PanelPing>;
export type UiOpenWizard = z.infer<typeof UiOpenWizard>;
export type UiTabStatus = z.infer<typeof UiTabStatus>;

/** Messages the background accepts, by type. */
export const TO_BACKGROUND = {
  'cs/open-wizard': CsOpenWizard,
  'panel/ping': PanelPing,
  'ui/open-wizard': UiOpenWizard,
  'ui/tab-status': UiTabStatus,
  'panel/connector-access': PanelConnectorAccess,
  'panel/request-connector-access': PanelRequestConnectorAccess,
  'panel/connector-fields': PanelConnectorFields,
  'panel/connector-test': PanelConnectorTest,
  'panel/cancel': PanelCancel,
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
  /** Items of each List field's ListName, fetched with WSGetList. */
  lists: Record<string, Outcome<ListItem[]>>;
}

/** Replies: always a result object, never a thrown error across the boundary. */
export type ErrorCode = 'unknown-sender' | 'not-allowed' | 'invalid-message' | 'not-superoffice-page' | 'inject-failed';
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export interface Replies {
  'cs/open-wizard': Reply<{ opened: true }>;
  'panel/ping': Reply<Pong>;
  'ui/open-wizard': Reply<{ opened: true }>;
  'ui/tab-status': Reply<TabStatus>;
  'panel/connector-access': Reply<ConnectorAccess>;
  'panel/request-connector-access': Reply<{ opened: boolean }>;
  'panel/connector-fields': Reply<ConnectorFields>;
  'panel/connector-test': Reply<Outcome<null>>;
  'panel/cancel': Reply<{ cancelled: boolean }>;
}
