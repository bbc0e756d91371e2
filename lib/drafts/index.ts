// The drafts library: what the background worker (and, for autosave, the panel) imports.
export { createDraftStore, type DraftStore, type Lang } from './store';
export type { DraftStoreOptions } from './context';
export { createSessionSecretStore, createMemorySecretStore, lockSessionStorage, type SecretStore } from './secrets';
export { createAutosave, type Autosave, type AutosaveState } from './autosave';
export type { DraftError, DraftErrorCode, ConflictError, Message, Result, SaveResult } from './errors';
export type { DraftSummary } from './summary';
export type { HistoryItem } from './test-history';
export { DraftExport, EXPORT_FORMAT, EXPORT_VERSION } from './exchange';
export { DB_NAME, DB_VERSION } from './db';
export { LIMITS } from './limits';
export { mergePatch } from './view';
export {
  Draft, DraftPatch, DraftInit, TestResult, Tenant, Connector, Connection, Visibility, STEPS,
  type DraftView, type StepName,
} from './schema';
