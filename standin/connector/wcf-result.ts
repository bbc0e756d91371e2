// The result wrappers of IErpConnectorWS as WCF's DataContractSerializer writes them: base members
// first (ErrorCode, IsOk, State, TechExplanation, UserExplanation — alphabetical, DataContract's
// default order), then the derived class's own members; nulls as i:nil, maps as KeyValueOfstringstring.
import { ARRAYS_NS, CONTRACT_NS, DATA_NS, SOAP11_NS, WCF_DISPATCHER_NS, XSI_NS } from './soap-ns.ts';
import { renderXml, type XNode, type XmlStyle } from './xml-writer.ts';

export type ResultState = 'Ok' | 'OkWithInfo' | 'Warning' | 'Error';

export interface ResultBase {
  IsOk: boolean;
  State: ResultState;
  UserExplanation: string | null;
  TechExplanation: string | null;
  ErrorCode: string | null;
}

export interface FieldMeta {
  FieldKey: string;
  Rank: number;
  DisplayName: string;
  DisplayDescription: string | null;
  FieldType: 'Checkbox' | 'Text' | 'Password' | 'Integer' | 'Double' | 'List' | 'Datetime' | 'Label';
  ListName: string | null;
  DefaultValue: string | null;
  MaxLength: number;
  Access: 'Normal' | 'Mandatory' | 'ReadOnly';
}

/** A field as it goes on the wire: hostile modes send types, ranks and lengths no profile would. */
export type WireField = Omit<FieldMeta, 'FieldType' | 'Rank' | 'MaxLength'> & { FieldType: string; Rank: number | string; MaxLength: number | string };

/** Payload members after the base ones, in the order WCF would write them. */
export type Payload =
  | { kind: 'none' }
  | { kind: 'fields'; fields: WireField[] | null }
  | { kind: 'list'; items: Record<string, string> | null }
  | { kind: 'strings'; items: string[] | null };

export const ok = (): ResultBase => ({ IsOk: true, State: 'Ok', UserExplanation: null, TechExplanation: null, ErrorCode: null });
export const fail = (code: string, user: string, tech: string): ResultBase => ({
  IsOk: false,
  State: 'Error',
  UserExplanation: user,
  TechExplanation: tech,
  ErrorCode: code,
});

/** The namespaces an answer is written in: the service contract's and the data contract's. */
export interface AnswerNamespaces {
  contract: string;
  data: string;
}
const DEFAULT_NS: AnswerNamespaces = { contract: CONTRACT_NS, data: DATA_NS };

const member = (data: string) => (name: string, value: string | null): XNode =>
  value === null ? { ns: data, prefix: 'a', name, nil: true } : { ns: data, prefix: 'a', name, text: value };

function fieldNode(f: WireField, data: string): XNode {
  const a = member(data);
  return {
    ns: data,
    prefix: 'a',
    name: 'FieldMetadataInfo',
    kids: [
      a('Access', f.Access),
      a('DefaultValue', f.DefaultValue),
      a('DisplayDescription', f.DisplayDescription),
      a('DisplayName', f.DisplayName),
      a('FieldKey', f.FieldKey),
      a('FieldType', f.FieldType),
      a('ListName', f.ListName),
      a('MaxLength', String(f.MaxLength)),
      a('Rank', String(f.Rank)),
    ],
  };
}

function payloadNodes(p: Payload, data: string): XNode[] {
  const a = member(data);
  const DATA_NS = data;
  const b = (name: string, kids: XNode[]): XNode => ({ ns: ARRAYS_NS, prefix: 'b', name, kids });
  switch (p.kind) {
    case 'none':
      return [];
    case 'fields':
      return [p.fields ? { ns: DATA_NS, prefix: 'a', name: 'FieldMetaDataObjects', kids: p.fields.map((f) => fieldNode(f, data)) } : a('FieldMetaDataObjects', null)];
    case 'list': {
      if (!p.items) return [a('ListItems', null)];
      const kvs = Object.entries(p.items).map(([k, v]) =>
        b('KeyValueOfstringstring', [{ ns: ARRAYS_NS, prefix: 'b', name: 'Key', text: k }, { ns: ARRAYS_NS, prefix: 'b', name: 'Value', text: v }]),
      );
      return [{ ns: DATA_NS, prefix: 'a', name: 'ListItems', kids: kvs, declare: { b: ARRAYS_NS } }];
    }
    case 'strings':
      if (!p.items) return [a('Items', null)];
      return [{ ns: DATA_NS, prefix: 'a', name: 'Items', declare: { b: ARRAYS_NS }, kids: p.items.map((s) => ({ ns: ARRAYS_NS, prefix: 'b', name: 'string', text: s })) }];
  }
}

function envelope(body: XNode): XNode {
  return { ns: SOAP11_NS, prefix: 's', name: 'Envelope', kids: [{ ns: SOAP11_NS, prefix: 's', name: 'Body', kids: [body] }] };
}

export function resultEnvelope(op: string, r: ResultBase, p: Payload, style: XmlStyle, ns: AnswerNamespaces = DEFAULT_NS): string {
  const a = member(ns.data);
  const members = [a('ErrorCode', r.ErrorCode), a('IsOk', String(r.IsOk)), a('State', r.State), a('TechExplanation', r.TechExplanation), a('UserExplanation', r.UserExplanation)];
  const result: XNode = {
    ns: ns.contract,
    prefix: '',
    name: `${op}Result`,
    declare: { a: ns.data, i: XSI_NS },
    kids: [...members, ...payloadNodes(p, ns.data)],
  };
  return renderXml(envelope({ ns: ns.contract, prefix: '', name: `${op}Response`, kids: [result] }), style);
}

/** A SOAP 1.1 fault as WCF sends it (HTTP 500), e.g. `a:ActionNotSupported`. */
export function faultEnvelope(code: string, reason: string, faultNs = WCF_DISPATCHER_NS): string {
  return (
    `<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body><s:Fault>` +
    `<faultcode xmlns:a="${faultNs}">a:${code}</faultcode>` +
    `<faultstring xml:lang="en-US">${reason.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</faultstring>` +
    `</s:Fault></s:Body></s:Envelope>`
  );
}
