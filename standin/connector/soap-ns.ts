// Namespaces and the SOAPAction scheme of IErpConnectorWS, in one place. No public source gives
// them (spec §4, unverified): this follows WCF's defaults and can be changed here alone.

export const SOAP11_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
/** Namespace of the service contract: operation elements and the SOAPAction base. */
export const CONTRACT_NS = 'http://www.superoffice.net/EIS/Connector/1.0';
/** Namespace of the data contracts (result members, request members). Same URI as the contract today. */
export const DATA_NS = 'http://www.superoffice.net/EIS/Connector/1.0';
export const ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const WCF_DISPATCHER_NS = 'http://schemas.microsoft.com/net/2005/12/windowscommunicationfoundation/dispatcher';
export const SERVICE_CONTRACT = 'IErpConnectorWS';
export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** Every operation of the contract. The stand-in answers the first eight for real. */
export const OPERATIONS = [
  'WSGetConfigData',
  'WSTestConfigData',
  'WSSaveConnection',
  'WSTestConnection',
  'WSDeleteConnection',
  'WSGetSupportedActorTypes',
  'WSGetList',
  'WSGetListItems',
  'WSGetSupportedActorTypeFields',
  'WSGetActors',
  'WSSearchActors',
  'WSSearchActorsAdvanced',
  'WSSearchActorByParent',
  'WSCreateActor',
  'WSSaveActors',
  'WSGetSearchableFields',
  'WSGetActorsByTimestamp',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export function isOperation(name: string): name is Operation {
  return (OPERATIONS as readonly string[]).includes(name);
}

/** WCF's default action: `<contract namespace>/<contract name>/<operation>`. */
export function soapAction(op: string, ns = CONTRACT_NS): string {
  return `${ns}/${SERVICE_CONTRACT}/${op}`;
}

export function responseAction(op: string): string {
  return `${soapAction(op)}Response`;
}
