// The connector calls with the contract found for them: entered by the consultant, else cached,
// else discovered from the connector's WSDL, else the defaults; the data-contract namespace of a
// contract that is still a guess is learned from the WSGetConfigData answer. A contract-mismatch
// fault on a cached contract drops it and discovers once more. Used by the background and the CLI.
import { getConfigData, getList, testConfigData, type ClientOptions, type ListItem } from './client';
import {
  canLearn, defaultContract, enteredContract, toProtocol, wsdlContract, type ConnectorContract, type ContractOverride,
} from './contract';
import { discoverContract, metadataBase } from './discovery';
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
  const fields = await getConfigData(url, { ...opts, protocol: toProtocol(r.contract), onResult: (p) => (learned = memberNsOf(p)) });
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
  lists: Record<string, Outcome<ListItem[]>>;
  contract: ConnectorContract;
}

async function dropOnMismatch(url: string, opts: ContractCallOptions, r: Resolved, kind: string): Promise<boolean> {
  if (kind !== 'contract-mismatch' || !r.cached) return false;
  const key = contractKey(url, opts.override);
  if (key) await Promise.resolve(opts.store?.drop(key)).catch(() => undefined);
  return true;
}

/** WSGetConfigData, then WSGetList for each List field, with the contract found (and learned). */
export async function fieldsWithContract(url: string, opts: ContractCallOptions = {}): Promise<FieldsWithContract> {
  let r = await resolve(url, opts, false);
  let got = await learnFrom(url, r, opts);
  if (await dropOnMismatch(url, opts, r, got.fields.kind)) {
    r = await resolve(url, opts, true);
    got = await learnFrom(url, r, opts);
  }
  const lists: FieldsWithContract['lists'] = {};
  if (got.fields.kind === 'ok') {
    const names = new Set(got.fields.value.fields.filter((f) => f.FieldType === 'List' && f.ListName).map((f) => f.ListName as string));
    for (const name of names) lists[name] = await getList(url, name, { ...opts, protocol: toProtocol(got.contract) });
  }
  return { fields: got.fields, lists, contract: got.contract };
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
