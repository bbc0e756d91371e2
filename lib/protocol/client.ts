// The calls the wizard and the CLI make to a Sync Connector. Each resolves to an Outcome (never
// rejects): URL check → permission hook → SOAP POST → classification → hint.
import { classifyHttpAnswer } from './classify';
import { decodeFields, type DecodedFields } from './fields';
import { hintFor } from './hints';
import type { Classified, Outcome } from './outcome';
import { readStringArray, readStringMap } from './response';
import {
  buildGetConfigData, buildGetList, buildGetSupportedActorTypeFields, buildGetSupportedActorTypes, buildTestConfigData, buildTestConnection,
  type ProtocolOptions, type SoapRequest,
} from './soap';
import { clampTimeout, postSoap, type TransportOptions } from './transport';
import { checkConnectorUrl } from './url';
import { child, type XmlElement } from './xml';

export interface ClientOptions extends TransportOptions {
  protocol?: ProtocolOptions;
  /** Asked before any request (e.g. chrome.permissions.contains); false → `not-permitted`. */
  isPermitted?: (origin: string) => boolean | Promise<boolean>;
  /** Sees each accepted answer's result element (IsOk=true) before it is read: for learning its namespaces. */
  onResult?: (payload: XmlElement) => void;
}

export interface ListItem {
  /** The value a List field sends. */
  key: string;
  /** Display text as sent (may be localised, see resolveText). */
  text: string;
}

async function call<T>(rawUrl: string, req: SoapRequest, read: (payload: XmlElement) => T, opts: ClientOptions): Promise<Outcome<T>> {
  const finish = (c: Classified<T>, latencyMs: number): Outcome<T> => ({ ...c, operation: req.operation, latencyMs, hint: hintFor(c) });
  const checked = checkConnectorUrl(rawUrl);
  if (!checked.ok) return finish(checked.failure, 0);
  const origin = checked.url.origin;
  if (opts.isPermitted) {
    let allowed = false;
    try {
      allowed = await opts.isPermitted(origin);
    } catch {
      allowed = false; // a failing permission check must not turn into a request
    }
    if (!allowed) return finish({ kind: 'not-permitted', origin }, 0);
  }
  const now = opts.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  const started = now();
  const timeoutMs = clampTimeout(opts.timeoutMs);
  const sent = await postSoap(checked.url, req, opts);
  if (sent.kind !== 'answer') {
    const { latencyMs, ...failure } = sent;
    return finish(failure, latencyMs);
  }
  // Reading the answer counts against the same timeout as fetching it did.
  const seen = opts.onResult;
  const classified = classifyHttpAnswer(sent.answer, req.operation, seen ? (p) => (seen(p), read(p)) : read, { deadline: started + timeoutMs, now, timeoutMs });
  return finish(classified, classified.kind === 'timeout' ? Math.max(0, Math.round(now() - started)) : sent.latencyMs);
}

/** `WSGetConfigData`: the connector's configuration fields, ordered by Rank, with warnings. */
export function getConfigData(url: string, opts: ClientOptions = {}): Promise<Outcome<DecodedFields>> {
  return call(url, buildGetConfigData(opts.protocol), (p) => decodeFields(child(p, 'FieldMetaDataObjects')), opts);
}

/** More items than a consultant can pick from: the first ones are kept, and how many were sent is said. */
export const MAX_LIST_ITEMS = 1000;

export interface ListPage {
  /** At most MAX_LIST_ITEMS, in the order sent. */
  items: ListItem[];
  /** How many the connector sent. */
  sent: number;
}

/** `WSGetList` with the all-zero ConnectionGuid (no connection exists yet), items capped. */
export function getListPage(url: string, listName: string, opts: ClientOptions = {}): Promise<Outcome<ListPage>> {
  return call(
    url,
    buildGetList(listName, opts.protocol),
    (p) => {
      const all = readStringMap(child(p, 'ListItems'), MAX_LIST_ITEMS);
      return { items: all.items.map(({ key, value }) => ({ key, text: value })), sent: all.sent };
    },
    opts,
  );
}

/** `WSGetList`: the items only (at most MAX_LIST_ITEMS). */
export async function getList(url: string, listName: string, opts: ClientOptions = {}): Promise<Outcome<ListItem[]>> {
  const o = await getListPage(url, listName, opts);
  return o.kind === 'ok' ? { ...o, value: o.value.items } : o;
}

/** `WSTestConfigData`: `connectionInfo` maps FieldKey → ENCODED value (see prepareConnectionInfo). */
export function testConfigData(url: string, connectionInfo: Readonly<Record<string, string>>, opts: ClientOptions = {}): Promise<Outcome<null>> {
  return call(url, buildTestConfigData(connectionInfo, opts.protocol), () => null, opts);
}

/** `WSTestConnection` for a saved connection's GUID. */
export function testConnection(url: string, connectionGuid: string, opts: ClientOptions = {}): Promise<Outcome<null>> {
  return call(url, buildTestConnection(connectionGuid, opts.protocol), () => null, opts);
}

/** `WSGetSupportedActorTypes`: the actor types (Customer, Contact, ...) a connection supports. */
export function getSupportedActorTypes(url: string, connectionGuid: string, opts: ClientOptions = {}): Promise<Outcome<string[]>> {
  return call(url, buildGetSupportedActorTypes(connectionGuid, opts.protocol), (p) => readStringArray(child(p, 'Items')), opts);
}

/** `WSGetSupportedActorTypeFields`: one actor type's ERP fields, read as WSGetConfigData's fields are. */
export function getSupportedActorTypeFields(url: string, connectionGuid: string, actorType: string, opts: ClientOptions = {}): Promise<Outcome<DecodedFields>> {
  return call(url, buildGetSupportedActorTypeFields(connectionGuid, actorType, opts.protocol), (p) => decodeFields(child(p, 'FieldMetaDataObjects')), opts);
}
