// The metadata a WCF host publishes for a strict profile, split as WCF splits it when the service
// namespace (http://tempuri.org/) differs from the contract's: `?wsdl` (binding, service, an import
// of `?wsdl=wsdl0`), `?wsdl=wsdl0` (messages, portType, schema imports of `?xsd=xsd0…3`), the
// schemas; and flattened into one document on `?singleWsdl` (WCF 4.5+). Prefixes are WCF's
// (`tns`, `q1`…, declared on the element that uses them), so a reader must resolve them as XML does.
import { esc } from './xml-writer.ts';
import { ARRAYS_NS, OPERATIONS, SERVICE_CONTRACT } from './soap-ns.ts';
import { strictAction, type StrictContract } from './strict.ts';

const SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';
const SERVICE_NS = 'http://tempuri.org/';
const XS = 'http://www.w3.org/2001/XMLSchema';
const NS_DECL = `xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:wsaw="http://www.w3.org/2006/05/addressing/wsdl" xmlns:xsd="${XS}"`;

/** Request type per operation (WCF names them after the data contract class), members alphabetical. */
const REQUEST_TYPE: Record<string, string> = {
  WSTestConfigData: 'ConfigDataRequestWS',
  WSSaveConnection: 'ConfigDataRequestWS',
  WSGetList: 'ListRequestWS',
  WSGetListItems: 'ListRequestWS',
};
const requestType = (op: string) => (op === 'WSGetConfigData' ? null : (REQUEST_TYPE[op] ?? 'ConnectorRequestWS'));
const RESULT_TYPE: Record<string, string> = { WSGetConfigData: 'ConfigDataResultWS', WSGetList: 'ListResultWS', WSGetListItems: 'ListResultWS', WSGetSupportedActorTypes: 'StringArrayResultWS' };
const resultType = (op: string) => RESULT_TYPE[op] ?? 'ConnectorResultBaseWS';

function contractSchema(c: StrictContract, location: (n: number) => string | null): string {
  const imp = location(2);
  const els = OPERATIONS.map((op, i) => {
    const req = requestType(op);
    const input = req
      ? `<xs:element name="${op}"><xs:complexType><xs:sequence><xs:element minOccurs="0" name="request" nillable="true" type="q${2 * i + 1}:${req}" xmlns:q${2 * i + 1}="${c.data}"/></xs:sequence></xs:complexType></xs:element>`
      : `<xs:element name="${op}"><xs:complexType><xs:sequence/></xs:complexType></xs:element>`;
    const output = `<xs:element name="${op}Response"><xs:complexType><xs:sequence><xs:element minOccurs="0" name="${op}Result" nillable="true" type="q${2 * i + 2}:${resultType(op)}" xmlns:q${2 * i + 2}="${c.data}"/></xs:sequence></xs:complexType></xs:element>`;
    return input + output;
  }).join('');
  return `<xs:schema elementFormDefault="qualified" targetNamespace="${c.contract}" xmlns:xs="${XS}"><xs:import ${imp ? `schemaLocation="${imp}" ` : ''}namespace="${c.data}"/>${els}</xs:schema>`;
}

function dataSchema(c: StrictContract, location: (n: number) => string | null): string {
  const seq = (members: string) => `<xs:sequence>${members}</xs:sequence>`;
  const el = (name: string, type: string, nillable = true) => `<xs:element minOccurs="0" name="${name}"${nillable ? ' nillable="true"' : ''} type="${type}"/>`;
  const ext = (name: string, base: string, members: string) =>
    `<xs:complexType name="${name}"><xs:complexContent mixed="false"><xs:extension base="tns:${base}">${seq(members)}</xs:extension></xs:complexContent></xs:complexType><xs:element name="${name}" nillable="true" type="tns:${name}"/>`;
  const ser = location(1);
  const arr = location(3);
  return (
    `<xs:schema elementFormDefault="qualified" targetNamespace="${c.data}" xmlns:xs="${XS}" xmlns:tns="${c.data}" xmlns:ser="${SERIALIZATION_NS}">` +
    `<xs:import ${ser ? `schemaLocation="${ser}" ` : ''}namespace="${SERIALIZATION_NS}"/><xs:import ${arr ? `schemaLocation="${arr}" ` : ''}namespace="${ARRAYS_NS}"/>` +
    `<xs:complexType name="ConnectorRequestWS">${seq(el('ConnectionGuid', 'ser:guid', false))}</xs:complexType><xs:element name="ConnectorRequestWS" nillable="true" type="tns:ConnectorRequestWS"/>` +
    ext('ConfigDataRequestWS', 'ConnectorRequestWS', `<xs:element minOccurs="0" name="ConnectionInfo" nillable="true" type="q1:ArrayOfKeyValueOfstringstring" xmlns:q1="${ARRAYS_NS}"/>`) +
    ext('ListRequestWS', 'ConnectorRequestWS', el('ListName', 'xs:string')) +
    `<xs:complexType name="ConnectorResultBaseWS">${seq(el('ErrorCode', 'xs:string') + el('IsOk', 'xs:boolean', false) + el('State', 'tns:ResponseStateWS', false) + el('TechExplanation', 'xs:string') + el('UserExplanation', 'xs:string'))}</xs:complexType>` +
    `<xs:simpleType name="ResponseStateWS"><xs:restriction base="xs:string"><xs:enumeration value="Ok"/><xs:enumeration value="OkWithInfo"/><xs:enumeration value="Warning"/><xs:enumeration value="Error"/></xs:restriction></xs:simpleType>` +
    ext('ConfigDataResultWS', 'ConnectorResultBaseWS', el('FieldMetaDataObjects', 'tns:ArrayOfFieldMetadataInfo')) +
    ext('ListResultWS', 'ConnectorResultBaseWS', `<xs:element minOccurs="0" name="ListItems" nillable="true" type="q2:ArrayOfKeyValueOfstringstring" xmlns:q2="${ARRAYS_NS}"/>`) +
    ext('StringArrayResultWS', 'ConnectorResultBaseWS', `<xs:element minOccurs="0" name="Items" nillable="true" type="q3:ArrayOfstring" xmlns:q3="${ARRAYS_NS}"/>`) +
    `<xs:complexType name="ArrayOfFieldMetadataInfo"><xs:sequence><xs:element minOccurs="0" maxOccurs="unbounded" name="FieldMetadataInfo" nillable="true" type="tns:FieldMetadataInfo"/></xs:sequence></xs:complexType>` +
    `<xs:complexType name="FieldMetadataInfo">${seq(['Access', 'DefaultValue', 'DisplayDescription', 'DisplayName', 'FieldKey', 'FieldType', 'ListName'].map((n) => el(n, 'xs:string')).join('') + el('MaxLength', 'xs:int', false) + el('Rank', 'xs:int', false))}</xs:complexType>` +
    '</xs:schema>'
  );
}

const serializationSchema = () =>
  `<xs:schema attributeFormDefault="qualified" elementFormDefault="qualified" targetNamespace="${SERIALIZATION_NS}" xmlns:xs="${XS}" xmlns:tns="${SERIALIZATION_NS}"><xs:simpleType name="guid"><xs:restriction base="xs:string"><xs:pattern value="[\\da-fA-F]{8}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{12}"/></xs:restriction></xs:simpleType></xs:schema>`;

const arraysSchema = () =>
  `<xs:schema elementFormDefault="qualified" targetNamespace="${ARRAYS_NS}" xmlns:xs="${XS}" xmlns:tns="${ARRAYS_NS}">` +
  '<xs:complexType name="ArrayOfKeyValueOfstringstring"><xs:sequence><xs:element minOccurs="0" maxOccurs="unbounded" name="KeyValueOfstringstring"><xs:complexType><xs:sequence><xs:element name="Key" nillable="true" type="xs:string"/><xs:element name="Value" nillable="true" type="xs:string"/></xs:sequence></xs:complexType></xs:element></xs:sequence></xs:complexType>' +
  '<xs:complexType name="ArrayOfstring"><xs:sequence><xs:element minOccurs="0" maxOccurs="unbounded" name="string" nillable="true" type="xs:string"/></xs:sequence></xs:complexType></xs:schema>';

function messagesAndPortType(c: StrictContract): string {
  const msgs = OPERATIONS.map(
    (op) => `<wsdl:message name="${SERVICE_CONTRACT}_${op}_InputMessage"><wsdl:part name="parameters" element="tns:${op}"/></wsdl:message><wsdl:message name="${SERVICE_CONTRACT}_${op}_OutputMessage"><wsdl:part name="parameters" element="tns:${op}Response"/></wsdl:message>`,
  ).join('');
  const ops = OPERATIONS.map(
    (op) => `<wsdl:operation name="${op}"><wsdl:input wsaw:Action="${strictAction(c, op)}" message="tns:${SERVICE_CONTRACT}_${op}_InputMessage"/><wsdl:output wsaw:Action="${strictAction(c, op)}Response" message="tns:${SERVICE_CONTRACT}_${op}_OutputMessage"/></wsdl:operation>`,
  ).join('');
  return `${msgs}<wsdl:portType name="${SERVICE_CONTRACT}">${ops}</wsdl:portType>`;
}

function bindingAndService(c: StrictContract, address: string, contractPrefix: string): string {
  const ops = OPERATIONS.map(
    (op) => `<wsdl:operation name="${op}"><soap:operation soapAction="${strictAction(c, op)}" style="document"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation>`,
  ).join('');
  return (
    `<wsdl:binding name="BasicHttpBinding_${SERVICE_CONTRACT}" type="${contractPrefix}:${SERVICE_CONTRACT}"><soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>${ops}</wsdl:binding>` +
    `<wsdl:service name="ErpConnectorWS"><wsdl:port name="BasicHttpBinding_${SERVICE_CONTRACT}" binding="tns:BasicHttpBinding_${SERVICE_CONTRACT}"><soap:address location="${esc(address)}"/></wsdl:port></wsdl:service>`
  );
}

export type MetadataDoc = { kind: 'wsdl' } | { kind: 'wsdl0' } | { kind: 'xsd'; n: number } | { kind: 'single' };

/** Which metadata document a query asks for (`?wsdl`, `?wsdl=wsdl0`, `?xsd=xsd2`, `?singleWsdl`), case-insensitively as WCF does. */
export function metadataDoc(search: URLSearchParams): MetadataDoc | null {
  for (const [k, v] of search) {
    const key = k.toLowerCase();
    if (key === 'singlewsdl') return { kind: 'single' };
    if (key === 'wsdl') return v === '' ? { kind: 'wsdl' } : v.toLowerCase() === 'wsdl0' ? { kind: 'wsdl0' } : null;
    if (key === 'xsd') {
      const m = /^xsd([0-3])$/i.exec(v);
      return m ? { kind: 'xsd', n: Number(m[1]) } : null;
    }
  }
  return null;
}

/** One metadata document of a strict profile at `address` (the service's own URL, no query). */
export function strictMetadata(c: StrictContract, address: string, doc: MetadataDoc): string {
  const at = (q: string) => esc(`${address}?${q}`);
  const head = '<?xml version="1.0" encoding="utf-8"?>';
  switch (doc.kind) {
    case 'wsdl':
      return `${head}<wsdl:definitions name="ErpConnectorWS" targetNamespace="${SERVICE_NS}" ${NS_DECL} xmlns:tns="${SERVICE_NS}" xmlns:i0="${c.contract}"><wsdl:import namespace="${c.contract}" location="${at('wsdl=wsdl0')}"/><wsdl:types/>${bindingAndService(c, address, 'i0')}</wsdl:definitions>`;
    case 'wsdl0':
      return (
        `${head}<wsdl:definitions targetNamespace="${c.contract}" ${NS_DECL} xmlns:tns="${c.contract}"><wsdl:types><xsd:schema targetNamespace="${c.contract}/Imports">` +
        `<xsd:import schemaLocation="${at('xsd=xsd0')}" namespace="${c.contract}"/><xsd:import schemaLocation="${at('xsd=xsd1')}" namespace="${SERIALIZATION_NS}"/>` +
        `<xsd:import schemaLocation="${at('xsd=xsd2')}" namespace="${c.data}"/><xsd:import schemaLocation="${at('xsd=xsd3')}" namespace="${ARRAYS_NS}"/>` +
        `</xsd:schema></wsdl:types>${messagesAndPortType(c)}</wsdl:definitions>`
      );
    case 'xsd': {
      const loc = (n: number) => `${address}?xsd=xsd${n}`;
      return head + [() => contractSchema(c, loc), serializationSchema, () => dataSchema(c, loc), arraysSchema][doc.n]?.();
    }
    case 'single': {
      const none = () => null;
      const types = `<wsdl:types>${contractSchema(c, none)}${serializationSchema()}${dataSchema(c, none)}${arraysSchema()}</wsdl:types>`;
      return `${head}<wsdl:definitions name="ErpConnectorWS" targetNamespace="${c.contract}" ${NS_DECL} xmlns:tns="${c.contract}">${types}${messagesAndPortType(c)}${bindingAndService(c, address, 'tns')}</wsdl:definitions>`;
    }
  }
}

/** WCF's help page when `httpGetEnabled` is off (metadata publishing disabled). */
export function metadataDisabledPage(): string {
  return `<!DOCTYPE html><html><head><title>Service</title></head><body><div id="content"><p class="heading1">Service</p><p>This is a Windows© Communication Foundation service.<br/><br/><b>Metadata publishing for this service is currently disabled.</b><br/><br/>If you have access to the service, you can enable metadata publishing by completing the following steps to modify your web or application configuration file:</p></div></body></html>`;
}
