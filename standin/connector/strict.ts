// A strict WCF service (basicHttpBinding, DataContractSerializer), as a vendor's real connector
// behaves — stricter than the lenient reader in request.ts, so the client cannot pass on a guess:
// - WCF dispatches by the SOAPAction header alone: an action the contract does not declare is the
//   fault a:ActionNotSupported ("ContractFilter mismatch at the EndpointDispatcher");
// - the operation (wrapper) element must be in the service contract's namespace, else the fault
//   a:DeserializationFailed ("Expected to find node type 'Element' with name … and namespace …");
// - `request` is read in the contract's namespace, its members only in the data contract's
//   namespace and maps only as KeyValueOfstringstring in the Arrays namespace: anything else is
//   skipped, as DataContractSerializer skips unknown elements, and the member is null;
// - a null the connector dereferences is the typical connector's answer, IsOk=false with
//   "Object reference not set to an instance of an object." (a NullReferenceException caught).
// SuperOffice's sample host (SuperOffice/integration-services: Source/ConnectorService/Program.cs
// calls EnableWsdlGet(); Extensions/CoreWcfExtensions.cs) is CoreWCF with a BasicHttpBinding at
// Services/ErpConnectorWS.svc and HttpGetEnabled: it publishes its contract as WSDL (wcf-wsdl.ts).
import { child, isNil, parseXml, type XmlElement } from '../../lib/protocol/xml.ts';
import type { SoapRequest } from './request.ts';
import { ARRAYS_NS, isOperation, OPERATIONS, SERVICE_CONTRACT, type Operation } from './soap-ns.ts';
import type { ResultBase } from './wcf-result.ts';

export interface StrictContract {
  contract: string;
  data: string;
}

export type StrictRead =
  | { ok: true; op: Operation; req: SoapRequest; nulls: string[] }
  | { ok: false; code: 'ActionNotSupported' | 'DeserializationFailed'; reason: string };

export const strictAction = (c: StrictContract, op: string) => `${c.contract}/${SERVICE_CONTRACT}/${op}`;

export function actionNotSupported(action: string): string {
  return `The message with Action '${action}' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher. This may be because of either a contract mismatch (mismatched Actions between sender and receiver) or a binding/security mismatch between the sender and the receiver.  Check that sender and receiver have the same contract and the same binding (including security requirements, e.g. Message, Transport, None).`;
}

/** The members each operation's request type declares (others are never read). */
const MEMBERS: Partial<Record<Operation, string[]>> = {
  WSTestConfigData: ['ConnectionGuid', 'ConnectionInfo'],
  WSSaveConnection: ['ConnectionGuid', 'ConnectionInfo'],
  WSTestConnection: ['ConnectionGuid'],
  WSDeleteConnection: ['ConnectionGuid'],
  WSGetSupportedActorTypes: ['ConnectionGuid'],
  WSGetList: ['ConnectionGuid', 'ListName'],
};
/** Members the connector dereferences: null → NullReferenceException. */
const DEREFERENCED: Partial<Record<Operation, string>> = { WSTestConfigData: 'ConnectionInfo', WSSaveConnection: 'ConnectionInfo', WSGetList: 'ListName' };

function inNs(el: XmlElement | undefined, local: string, ns: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local && c.ns === ns);
}

function value(el: XmlElement | undefined): string | null {
  return !el || isNil(el) ? null : el.text;
}

function readMap(el: XmlElement | undefined): Record<string, string> | null {
  if (!el || isNil(el)) return null;
  const out: Record<string, string> = {};
  for (const kv of el.children) {
    if (kv.local !== 'KeyValueOfstringstring' || kv.ns !== ARRAYS_NS) continue;
    const k = value(inNs(kv, 'Key', ARRAYS_NS));
    if (k !== null) out[k] = value(inNs(kv, 'Value', ARRAYS_NS)) ?? '';
  }
  return out;
}

export function readStrict(c: StrictContract, soapActionHeader: string, body: string): StrictRead {
  const action = soapActionHeader.trim().replace(/^"|"$/g, '');
  const op = OPERATIONS.find((o) => strictAction(c, o) === action);
  if (!op || !isOperation(op)) return { ok: false, code: 'ActionNotSupported', reason: actionNotSupported(action) };
  const parsed = parseXml(body);
  const wrapper = parsed.ok ? child(child(parsed.root, 'Body') ?? parsed.root, op) ?? child(parsed.root, 'Body')?.children[0] : undefined;
  if (!wrapper || wrapper.local !== op || wrapper.ns !== c.contract) {
    const found = wrapper ? `Found node type 'Element' with name '${wrapper.local}' and namespace '${wrapper.ns}'` : 'Found no element';
    return {
      ok: false,
      code: 'DeserializationFailed',
      reason: `The formatter threw an exception while trying to deserialize the message: Error in deserializing body of request message for operation '${op}'. OperationFormatter encountered an invalid Message body. Expected to find node type 'Element' with name '${op}' and namespace '${c.contract}'. ${found}`,
    };
  }
  const request = inNs(wrapper, 'request', c.contract);
  const holder = request && !isNil(request) ? request : undefined;
  const m = (name: string) => (holder && (MEMBERS[op] ?? []).includes(name) ? inNs(holder, name, c.data) : undefined);
  const req: SoapRequest = {
    bodyOp: op,
    ConnectionGuid: value(m('ConnectionGuid')),
    ListName: value(m('ListName')),
    ActorType: null,
    ConnectionInfo: readMap(m('ConnectionInfo')),
    ListItemKeys: null,
  };
  const nulls: string[] = [];
  if (MEMBERS[op] && !holder) nulls.push('request');
  const deref = DEREFERENCED[op];
  if (deref && holder && req[deref as 'ConnectionInfo' | 'ListName'] === null) nulls.push(deref);
  return { ok: true, op, req, nulls };
}

/** What a typical connector answers when its code dereferences a null it was given. */
export function nullReference(op: string, what: string): ResultBase {
  return { IsOk: false, State: 'Error', ErrorCode: null, UserExplanation: 'Object reference not set to an instance of an object.', TechExplanation: `System.NullReferenceException: Object reference not set to an instance of an object. (${op}: ${what} was null)` };
}
