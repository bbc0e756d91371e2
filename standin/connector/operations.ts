// What each operation answers, for one profile, independent of HTTP and failure modes.
import { ACTOR_FIELDS, ACTOR_LISTS } from './actor-fields.ts';
import { PROFILES, type ProfileName } from './profiles.ts';
import type { SoapRequest } from './request.ts';
import { EMPTY_GUID, type Operation } from './soap-ns.ts';
import { validateInfo } from './validate.ts';
import { fail, ok, type Payload, type ResultBase } from './wcf-result.ts';

export interface OpAnswer {
  result: ResultBase;
  payload: Payload;
}

/** Saved connections per profile: ConnectionGuid → ConnectionInfo, as a real connector keeps them. */
export type ConnectionStore = Map<ProfileName, Map<string, Record<string, string>>>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const none: Payload = { kind: 'none' };
const unknownConnection = (guid: string | null): OpAnswer => ({
  result: fail('UNKNOWN_CONNECTION_ID', 'The connection is not known to this connector. Save it again.', `No connection with guid '${guid ?? ''}'`),
  payload: none,
});

/** `actorsForAnyGuid`: the connector mode actors-without-connection (./modes.ts). */
export function answer(op: Operation, profileName: ProfileName, req: SoapRequest, store: ConnectionStore, wrongCredentials: boolean, actorsForAnyGuid = false): OpAnswer {
  const profile = PROFILES[profileName];
  const saved = store.get(profileName) ?? new Map<string, Record<string, string>>();
  store.set(profileName, saved);
  const guid = (req.ConnectionGuid ?? '').toLowerCase();
  const credentialsFail = (): OpAnswer => ({
    result: fail('INVALID_CREDENTIALS', 'US:"The user name or password is wrong.";NO:"Brukernavnet eller passordet er feil."', 'Login rejected by the ERP (forced by the stand-in mode wrong-credentials)'),
    payload: none,
  });
  const check = (info: Record<string, string>): OpAnswer => {
    if (wrongCredentials) return credentialsFail();
    const problem = validateInfo(profile, info);
    return { result: problem ? fail(problem.code, problem.user, problem.tech) : ok(), payload: none };
  };
  switch (op) {
    case 'WSGetConfigData':
      return { result: ok(), payload: { kind: 'fields', fields: profile.fields } };
    case 'WSTestConfigData':
      return check(req.ConnectionInfo ?? {});
    case 'WSSaveConnection': {
      if (!GUID.test(guid) || guid === EMPTY_GUID)
        return { result: fail('INVALID_CONNECTION_ID', 'The connection has no valid id.', `ConnectionGuid '${guid}' is not a non-empty GUID`), payload: none };
      const res = check(req.ConnectionInfo ?? {});
      if (res.result.IsOk) saved.set(guid, { ...(req.ConnectionInfo ?? {}) });
      return res;
    }
    case 'WSTestConnection': {
      const info = saved.get(guid);
      return info ? check(info) : unknownConnection(guid);
    }
    case 'WSDeleteConnection':
      return saved.delete(guid) ? { result: ok(), payload: none } : unknownConnection(guid);
    case 'WSGetSupportedActorTypes':
      return saved.has(guid) || actorsForAnyGuid ? { result: ok(), payload: { kind: 'strings', items: profile.actorTypes } } : { ...unknownConnection(guid), payload: { kind: 'strings', items: null } };
    case 'WSGetSupportedActorTypeFields': {
      // docs/en/api/plugins/erp-connectors/ (mapping of fields): GetSupportedActorTypeFields(connectionId, actorType).
      if (!saved.has(guid) && !actorsForAnyGuid) return { ...unknownConnection(guid), payload: { kind: 'fields', fields: null } };
      const type = req.ActorType ?? '';
      if (!profile.actorTypes.includes(type))
        return { result: fail('UNKNOWN_ACTOR_TYPE', 'This actor type is not supported.', `Actor type '${type}' is not one of ${profile.actorTypes.join(', ')}`), payload: { kind: 'fields', fields: null } };
      return { result: ok(), payload: { kind: 'fields', fields: ACTOR_FIELDS[profileName]?.[type] ?? [] } };
    }
    case 'WSGetList':
    case 'WSGetListItems': {
      const list = profile.lists[req.ListName ?? ''] ?? ACTOR_LISTS[profileName]?.[req.ListName ?? ''];
      if (!list) return { result: fail('UNKNOWN_LIST', 'The list does not exist.', `No list named '${req.ListName ?? ''}'`), payload: { kind: 'list', items: null } };
      const keys = op === 'WSGetListItems' ? (req.ListItemKeys ?? []) : Object.keys(list);
      return { result: ok(), payload: { kind: 'list', items: Object.fromEntries(keys.filter((k) => k in list).map((k) => [k, list[k] ?? ''])) } };
    }
    default:
      // Actor operations exist in the contract but are beyond what the setup wizard needs.
      return { result: fail('NOT_IMPLEMENTED', 'This operation is not available in the stand-in connector.', `${op} is not implemented by the stand-in`), payload: none };
  }
}
