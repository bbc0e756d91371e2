// The message map, named by direction: CS→BG (launcher), PANEL→BG (wizard panel),
// UI→BG (popup/options), BG→CS (background asking a content script). Each has a schema;
// nothing crosses a context boundary unvalidated.
import * as z from 'zod/mini';

export const CsOpenWizard = z.strictObject({ type: z.literal('cs/open-wizard') });
export const PanelPing = z.strictObject({ type: z.literal('panel/ping'), sentAt: z.number() });
export const UiOpenWizard = z.strictObject({ type: z.literal('ui/open-wizard'), tabId: z.number().check(z.int(), z.nonnegative()) });
export const UiTabStatus = z.strictObject({ type: z.literal('ui/tab-status'), tabId: z.number().check(z.int(), z.nonnegative()) });
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

/** Replies: always a result object, never a thrown error across the boundary. */
export type ErrorCode = 'unknown-sender' | 'not-allowed' | 'invalid-message' | 'not-superoffice-page' | 'inject-failed';
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export interface Replies {
  'cs/open-wizard': Reply<{ opened: true }>;
  'panel/ping': Reply<Pong>;
  'ui/open-wizard': Reply<{ opened: true }>;
  'ui/tab-status': Reply<TabStatus>;
}
