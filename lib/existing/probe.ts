// The browser's test of a saved connection, as the CRM's servers make it after a save:
// WSTestConnection with its ConnectionId GUID, then WSGetSupportedActorTypes. Runs where the
// connector may be called (the background, or the CLI); the panel only sees the BrowserCheck.
import { getSupportedActorTypes, resolveText, testConnection, type ClientOptions, type Outcome } from '../protocol';
import type { BrowserCheck, ConnectorSaid } from './model';

function said(o: Outcome<unknown>): { said?: ConnectorSaid } {
  if (o.kind !== 'connector-error') return {};
  const raw = o.UserExplanation ?? o.TechExplanation ?? '';
  return { said: { code: o.ErrorCode, text: { en: resolveText(raw, 'en'), no: resolveText(raw, 'no') } } };
}

export async function probeSavedConnection(url: string, guid: string, opts: ClientOptions = {}): Promise<BrowserCheck> {
  const tested = await testConnection(url, guid, opts);
  if (tested.kind !== 'ok') return { state: 'done', outcome: tested.kind, ms: tested.latencyMs, hint: tested.hint, actorTypes: null, ...said(tested) };
  const types = await getSupportedActorTypes(url, guid, opts);
  const ms = tested.latencyMs + types.latencyMs;
  // A connection that tests fine but lists no actor types cannot sync anything: name that as its outcome.
  if (types.kind !== 'ok') return { state: 'done', outcome: types.kind, ms, hint: types.hint, actorTypes: null, ...said(types) };
  return { state: 'done', outcome: 'ok', ms, hint: tested.hint, actorTypes: types.value };
}
