// The connector calls with the contract found for them: entered by the consultant, else cached,
// else discovered from the connector's WSDL, else the defaults; the data-contract namespace of a
// contract that is still a guess is learned from the WSGetConfigData answer. A contract-mismatch
// fault on a cached contract drops it and discovers once more. Used by the background and the CLI.
import { getConfigData, testConfigData, type ClientOptions, type ListItem } from './client';
import {
  canLearn, defaultContract, enteredContract, toProtocol, wsdlContract, type ConnectorContract, type ContractOverride,
} from './contract';
import { discoverContract, metadataBase } from './discovery';
import { createFieldLoad, loadList, withinLoad, type FieldLoad } from './field-load';
import type { DecodedFields } from './fields';
import type { Outcome } from './outcome';
import { checkConnectorUrl } from './url';
import type { XmlElement } from './xml';

export interface ContractStore {
  get(key: string): ConnectorContract | undefined | Promise<ConnectorContract | undefined>;
  set(key: string, contract: ConnectorContract): void | Promise<void>;
  drop(key: string): void | Promise<void>;
}

export interface ContractCallOptions extends ClientOptions {
  override?: ContractOverride;
  store?: ContractStore;
  /** The field load's one time and byte budget (lib/protocol/field-load.ts); one is made when absent. */
  load?: FieldLoad;
}

/** One contract per connector path (a `?ConnectorName=` is the same service), and per namespace entered. */
export function contractKey(url: string, override?: ContractOverride): string | null {
  const checked = checkConnectorUrl(url);
  if (!checked.ok) return null;
  const ns = override?.namespace?.trim();
  return `${metadataBase(checked.url)}${ns ? `#ns=${ns}` : ''}${override?.memberNamespace?.trim() ? `#m=${override.memberNamespace.trim()}` : ''}`;
}

const entered = (o?: ContractOverride) => Boolean(o?.namespace?.trim() || o?.memberNamespace?.trim());

interface Resolved {
  contract: ConnectorContract;
  cached: boolean;
}

async function resolve(url: string, opts: ContractCallOptions, fresh: boolean): Promise<Resolved> {
  const key = contractKey(url, opts.override);
  if (key && opts.store && !fresh) {
    const hit = await Promise.resolve(opts.store.get(key)).catch(() => undefined);
    if (hit) return { contract: hit, cached: true };
  }
  if (entered(opts.override)) return { contract: enteredContract(opts.override ?? {}), cached: false };
  const found = await discoverContract(url, { timeoutMs: opts.timeoutMs, signal: opts.signal, fetch: opts.fetch, isPermitted: opts.isPermitted });
  if (found.kind === 'found') {
    const contract = wsdlContract(found.wsdlUrl, found.operations);
    if (key) await Promise.resolve(opts.store?.set(key, contract)).catch(() => undefined);
    return { contract, cached: false };
  }
  return { contract: { ...defaultContract(), discovery: { kind: found.kind, reason: found.reason, detail: found.detail } as ConnectorContract['discovery'] }, cached: false };
}

/** The data-contract namespace an answer's result members are in (`IsOk` is always there). */
function memberNsOf(payload: XmlElement): string | null {
  const member = payload.children.find((c) => c.local === 'IsOk') ?? payload.children[0];
  return member ? member.ns : null;
}

async function learnFrom(url: string, r: Resolved, opts: ContractCallOptions): Promise<{ fields: Outcome<DecodedFields>; contract: ConnectorContract }> {
  let learned: string | null = null;
  const call = (o: ClientOptions) => getConfigData(url, { ...o, protocol: toProtocol(r.contract), onResult: (p) => (learned = memberNsOf(p)) });
  const fields = opts.load ? await withinLoad(opts.load, 'WSGetConfigData', opts, call) : await call(opts);
  let contract = r.contract;
  if (fields.kind === 'ok' && canLearn(contract) && learned !== null) {
    contract = { ...contract, memberNamespace: learned, memberSource: 'learned' };
  }
  // A contract that worked is kept for the session (a WSDL one already is).
  const key = contractKey(url, opts.override);
  if (fields.kind === 'ok' && key && contract.namespaceSource !== 'wsdl') await Promise.resolve(opts.store?.set(key, contract)).catch(() => undefined);
  return { fields, contract };
}

export interface FieldsWithContract {
  fields: Outcome<DecodedFields>;
  /** Empty when lists were not asked for up front (the panel asks for each when it is shown). */
  lists: Record<string, Outcome<ListItem[]>>;
  /** How many items a list sent, when it sent more than it keeps (MAX_LIST_ITEMS). */
  listsSent: Record<string, number>;
  contract: ConnectorContract;
  /** What is left of the load's budget: later list calls share it. */
  load: FieldLoad;
}

async function dropOnMismatch(url: string, opts: ContractCallOptions, r: Resolved, kind: string): Promise<boolean> {
  if (kind !== 'contract-mismatch' || !r.cached) return false;
  const key = contractKey(url, opts.override);
  if (key) await Promise.resolve(opts.store?.drop(key)).catch(() => undefined);
  return true;
}

/**
 * WSGetConfigData, then (unless `lists: false`) WSGetList for each List field, with the contract
 * found (and learned), all within one field load's budget.
 */
export async function fieldsWithContract(url: string, opts: ContractCallOptions & { lists?: boolean } = {}): Promise<FieldsWithContract> {
  const withLoad = { ...opts, load: opts.load ?? createFieldLoad(opts.timeoutMs) };
  let r = await resolve(url, withLoad, false);
  let got = await learnFrom(url, r, withLoad);
  if (await dropOnMismatch(url, withLoad, r, got.fields.kind)) {
    r = await resolve(url, withLoad, true);
    got = await learnFrom(url, r, withLoad);
  }
  const lists: FieldsWithContract['lists'] = {};
  const listsSent: FieldsWithContract['listsSent'] = {};
  if (got.fields.kind === 'ok' && opts.lists !== false) {
    const names = new Set(got.fields.value.fields.filter((f) => f.FieldType === 'List' && f.ListName).map((f) => f.ListName as string));
    for (const name of names) {
      const page = await listWithContract(withLoad.load, url, name, got.contract, withLoad);
      lists[name] = page.kind === 'ok' ? { ...page, value: page.value.items } : page;
      if (page.kind === 'ok' && page.value.sent > page.value.items.length) listsSent[name] = page.value.sent;
    }
  }
  return { fields: got.fields, lists, listsSent, contract: got.contract, load: withLoad.load };
}

/** One WSGetList of a field load, with the contract its fields were read with. */
export function listWithContract(load: FieldLoad, url: string, listName: string, contract: ConnectorContract, opts: ClientOptions = {}) {
  return loadList(load, url, listName, { ...opts, protocol: toProtocol(contract) });
}

/**
 * WSTestConfigData with the contract found. A member namespace that is still a guess is learned
 * first from WSGetConfigData (one call more; none once the contract is cached).
 */
export async function testWithContract(
  url: string,
  connectionInfo: Readonly<Record<string, string>>,
  opts: ContractCallOptions = {},
): Promise<{ outcome: Outcome<null>; contract: ConnectorContract }> {
  const attempt = async (r: Resolved) => {
    let contract = r.contract;
    if (canLearn(contract)) {
      const got = await learnFrom(url, r, opts);
      if (got.fields.kind === 'contract-mismatch') return { outcome: { ...got.fields, operation: 'WSGetConfigData' } as Outcome<null>, contract };
      contract = got.contract;
    }
    return { outcome: await testConfigData(url, connectionInfo, { ...opts, protocol: toProtocol(contract) }), contract };
  };
  const r = await resolve(url, opts, false);
  const first = await attempt(r);
  if (await dropOnMismatch(url, opts, r, first.outcome.kind)) return attempt(await resolve(url, opts, true));
  return first;
}
