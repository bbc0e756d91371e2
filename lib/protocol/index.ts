// The protocol library's public surface: what the background worker and the CLI import.
export * from './client';
export * from './codec';
export * from './datetime';
export * from './field-type';
export * from './fields';
export * from './hints';
export * from './outcome';
export * from './plain';
export * from './plain-reason';
export * from './texts';
export * from './values';
export { checkConnectorUrl, MAX_URL_LENGTH } from './url';
export { classifyHttpAnswer, classifyNetworkError, bodyKind, type HttpAnswer } from './classify';
export { readSoapResponse, type ResultWrapper, type ResultState, type SoapFault, type SoapReading } from './response';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, clampTimeout, type TransportOptions } from './transport';
export {
  ARRAYS_NS, DEFAULT_CONTRACT_NS, EMPTY_GUID, defaultSoapAction, isGuid, resolveProtocol,
  type Operation, type ProtocolOptions,
} from './soap';
export * from './field-load';
export * from './contract';
export * from './contract-calls';
export { discoverContract, metadataBase, MAX_METADATA_DOCUMENTS, type Discovery, type DiscoveryMiss, type DiscoveryRefusal } from './discovery';
export { readWsdl, importsOf, NEEDED_OPERATIONS } from './wsdl';
export type { OperationContract } from './soap';
