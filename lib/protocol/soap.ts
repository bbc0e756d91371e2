// The SOAP side of IErpConnectorWS in ONE place: namespaces, SOAPAction scheme, request envelopes.
// The contract namespace and action scheme are not in any public source (spec §4, unverified):
// they follow WCF's defaults and can be overridden per connector through ProtocolOptions.

export const DEFAULT_CONTRACT_NS = 'http://www.superoffice.net/EIS/Connector/1.0';
/** Where WCF's DataContractSerializer puts maps (`KeyValueOfstringstring`) and string arrays. */
export const ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
export const SOAP11_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
/** "No connection yet": what the CRM sends before a connection has a GUID. */
export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';
export const SERVICE_CONTRACT = 'IErpConnectorWS';

export type Operation =
  | 'WSGetConfigData'
  | 'WSGetList'
  | 'WSTestConfigData'
  | 'WSTestConnection'
  | 'WSGetSupportedActorTypes'
  | 'WSSaveConnection'
  | 'WSGetSupportedActorTypeFields';

/**
 * One operation as a WSDL describes it: the SOAPAction, the namespace of the operation (wrapper)
 * element, of its `request` element and of the request's members ('' = unqualified).
 */
export interface OperationContract {
  soapAction: string;
  namespace: string;
  requestNamespace: string;
  memberNamespace: string;
}

export interface ProtocolOptions {
  /** Namespace of the operation and `request` elements, and the base of the SOAPAction. */
  namespace?: string;
  /** Namespace of the request's members (`ConnectionGuid`, `ListName`, ...). Defaults to `namespace`. */
  memberNamespace?: string;
  /** Builds the SOAPAction header value (without quotes). */
  soapAction?: (operation: Operation, namespace: string) => string;
  /** Per operation, as read from the connector's WSDL: wins over the three above for that operation. */
  operations?: Partial<Record<Operation, OperationContract>>;
}

export interface ResolvedProtocol {
  namespace: string;
  memberNamespace: string;
  soapAction: (operation: Operation) => string;
  /** Everything one call needs: the WSDL's entry for the operation, else the options' defaults. */
  forOperation: (operation: Operation) => OperationContract;
}

export function resolveProtocol(opts: ProtocolOptions = {}): ResolvedProtocol {
  const namespace = opts.namespace?.trim() || DEFAULT_CONTRACT_NS;
  const memberNamespace = opts.memberNamespace?.trim() || namespace;
  const build = opts.soapAction ?? defaultSoapAction;
  const forOperation = (op: Operation): OperationContract =>
    opts.operations?.[op] ?? { soapAction: build(op, namespace), namespace, requestNamespace: namespace, memberNamespace };
  return { namespace, memberNamespace, soapAction: (op) => forOperation(op).soapAction, forOperation };
}

/** WCF's default: `<contract namespace>/<service contract>/<operation>`. */
export function defaultSoapAction(operation: Operation, namespace: string): string {
  return `${namespace.replace(/\/+$/, '')}/${SERVICE_CONTRACT}/${operation}`;
}

/** Escape text for element content and double-quoted attributes. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Characters XML 1.0 cannot carry at all, even escaped: refused before sending. */
export function hasForbiddenXmlChars(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text);
}

export interface SoapRequest {
  operation: Operation;
  soapAction: string;
  body: string;
}

function envelope(p: ResolvedProtocol, operation: Operation, requestMembers: ((c: OperationContract) => string) | null): SoapRequest {
  const c = p.forOperation(operation);
  let inner = '';
  if (requestMembers !== null) {
    const own = c.requestNamespace === c.namespace ? '' : ` xmlns="${xmlEscape(c.requestNamespace)}"`;
    const m = c.memberNamespace === c.requestNamespace || c.memberNamespace === '' ? '' : ` xmlns:m="${xmlEscape(c.memberNamespace)}"`;
    inner = `<request${own}${m}>${requestMembers(c)}</request>`;
  }
  const body =
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<s:Envelope xmlns:s="${SOAP11_ENVELOPE_NS}"><s:Body>` +
    `<${operation} xmlns="${xmlEscape(c.namespace)}">${inner}</${operation}>` +
    '</s:Body></s:Envelope>';
  return { operation, soapAction: c.soapAction, body };
}

/** A member of `request`: in the request's default namespace, unqualified, or under the `m:` prefix. */
function member(c: OperationContract, name: string, content: string, extraAttrs = ''): string {
  if (c.memberNamespace === c.requestNamespace) return `<${name}${extraAttrs}>${content}</${name}>`;
  if (c.memberNamespace === '') return `<${name} xmlns=""${extraAttrs}>${content}</${name}>`;
  return `<m:${name}${extraAttrs}>${content}</m:${name}>`;
}

export function buildGetConfigData(opts?: ProtocolOptions): SoapRequest {
  return envelope(resolveProtocol(opts), 'WSGetConfigData', null);
}

export function buildGetList(listName: string, opts?: ProtocolOptions, connectionGuid = EMPTY_GUID): SoapRequest {
  return envelope(resolveProtocol(opts), 'WSGetList', (c) => member(c, 'ConnectionGuid', xmlEscape(connectionGuid)) + member(c, 'ListName', xmlEscape(listName)));
}

/** `ConnectionInfo` is a WCF map: a sequence of KeyValueOfstringstring in the Arrays namespace. */
function connectionInfoMembers(c: OperationContract, connectionGuid: string, info: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(info)
    .map(([k, v]) => `<b:KeyValueOfstringstring><b:Key>${xmlEscape(k)}</b:Key><b:Value>${xmlEscape(v)}</b:Value></b:KeyValueOfstringstring>`)
    .join('');
  return member(c, 'ConnectionGuid', xmlEscape(connectionGuid)) + member(c, 'ConnectionInfo', pairs, ` xmlns:b="${ARRAYS_NS}"`);
}

export function buildTestConfigData(
  connectionInfo: Readonly<Record<string, string>>,
  opts?: ProtocolOptions,
  connectionGuid = EMPTY_GUID,
): SoapRequest {
  return envelope(resolveProtocol(opts), 'WSTestConfigData', (c) => connectionInfoMembers(c, connectionGuid, connectionInfo));
}

/**
 * `WSSaveConnection`: only the envelope. Saving is the CRM's job (it generates the GUID and keeps
 * the connection); the wizard must not create connections the CRM does not know. Tests use it.
 */
export function buildSaveConnection(connectionGuid: string, connectionInfo: Readonly<Record<string, string>>, opts?: ProtocolOptions): SoapRequest {
  return envelope(resolveProtocol(opts), 'WSSaveConnection', (c) => connectionInfoMembers(c, connectionGuid, connectionInfo));
}

export function buildTestConnection(connectionGuid: string, opts?: ProtocolOptions): SoapRequest {
  return envelope(resolveProtocol(opts), 'WSTestConnection', (c) => member(c, 'ConnectionGuid', xmlEscape(connectionGuid)));
}

export function buildGetSupportedActorTypes(connectionGuid: string, opts?: ProtocolOptions): SoapRequest {
  return envelope(resolveProtocol(opts), 'WSGetSupportedActorTypes', (c) => member(c, 'ConnectionGuid', xmlEscape(connectionGuid)));
}

/** `WSGetSupportedActorTypeFields`: the ERP fields of one actor type (docs/en/api/plugins/erp-connectors/, mapping of fields). */
export function buildGetSupportedActorTypeFields(connectionGuid: string, actorType: string, opts?: ProtocolOptions): SoapRequest {
  return envelope(resolveProtocol(opts), 'WSGetSupportedActorTypeFields', (c) => member(c, 'ConnectionGuid', xmlEscape(connectionGuid)) + member(c, 'ActorType', xmlEscape(actorType)));
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export function isGuid(text: string): boolean {
  return GUID.test(text);
}
