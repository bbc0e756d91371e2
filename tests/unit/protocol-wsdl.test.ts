// Reading the contract out of WSDL documents: single and split, prefixes declared anywhere,
// inherited members, unqualified members, and what is missing.
import { describe, expect, it } from 'vitest';
import { buildGetList, buildTestConfigData } from '../../lib/protocol/soap';
import { importsOf, readWsdl } from '../../lib/protocol/wsdl';
import { child, descendant, parseXml, type XmlElement } from '../../lib/protocol/xml';
import { ACTION, DC, SVC, dataSchema, singleWsdl, splitWsdl } from './wsdl-fixtures';

const parse = (text: string): XmlElement => {
  const r = parseXml(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.root;
};

describe('readWsdl', () => {
  it('reads a single WSDL: the WSDL\'s own actions, wrapper and request in the service namespace, members in the data contract\'s', () => {
    const c = readWsdl([parse(singleWsdl())]);
    expect(c.missing).toEqual([]);
    expect(c.operations.WSGetConfigData).toEqual({ soapAction: ACTION('WSGetConfigData'), namespace: SVC, requestNamespace: SVC, memberNamespace: SVC });
    expect(c.operations.WSTestConfigData).toEqual({ soapAction: ACTION('WSTestConfigData'), namespace: SVC, requestNamespace: SVC, memberNamespace: DC });
    // The wrapper's type is named (type="q7:…") and the request's members are inherited from a base type.
    expect(c.operations.WSGetList).toEqual({ soapAction: ACTION('WSGetList'), namespace: SVC, requestNamespace: SVC, memberNamespace: DC });
  });

  it('reads the split set (?wsdl, ?wsdl=wsdl0, ?xsd=…) alike, whatever document order', () => {
    const docs = Object.values(splitWsdl('http://h/ErpConnectorWS.svc')).map(parse);
    const c = readWsdl(docs.reverse());
    expect(c.missing).toEqual([]);
    expect(c.operations.WSTestConfigData?.memberNamespace).toBe(DC);
    expect(c.operations.WSGetList?.soapAction).toBe(ACTION('WSGetList'));
  });

  it('resolves a prefix where it is declared: a re-bound `tns` on the part wins over the root\'s', () => {
    const c = readWsdl([parse(singleWsdl())]);
    // The root binds tns to tempuri.org; were that used, the wrapper would not be found.
    expect(c.operations.WSTestConfigData?.namespace).toBe(SVC);
  });

  it('an unqualified schema (elementFormDefault absent) gives members in no namespace, and the request is built so', () => {
    const unqualified = singleWsdl().replace(dataSchema(null), dataSchema(null).replace(' elementFormDefault="qualified"', ''));
    const c = readWsdl([parse(unqualified)]);
    expect(c.operations.WSTestConfigData?.memberNamespace).toBe('');
    const req = buildTestConfigData({ a: '1' }, { operations: c.operations });
    const request = descendant(parse(req.body), 'request') as XmlElement;
    expect(request.ns).toBe(SVC);
    expect(child(request, 'ConnectionInfo')?.ns).toBe('');
    expect(req.soapAction).toBe(ACTION('WSTestConfigData'));
  });

  it('builds requests from what it read: wrapper, request and members each in their namespace', () => {
    const c = readWsdl([parse(singleWsdl())]);
    const b = buildGetList('departments', { operations: c.operations });
    const op = descendant(parse(b.body), 'WSGetList') as XmlElement;
    const request = child(op, 'request') as XmlElement;
    expect([op.ns, request.ns, child(request, 'ListName')?.ns, child(request, 'ConnectionGuid')?.ns]).toEqual([SVC, SVC, DC, DC]);
    expect(b.soapAction).toBe(ACTION('WSGetList'));
  });

  it('names what is missing: an operation without a binding, a message part without its element', () => {
    const noBinding = singleWsdl().replace(/<wsdl:binding[\s\S]*<\/wsdl:binding>/, '');
    expect(readWsdl([parse(noBinding)]).missing).toEqual(['WSGetConfigData', 'WSGetList', 'WSTestConfigData']);
    const undeclared = singleWsdl().replace('element="tns:WSTestConfigData" xmlns:tns', 'element="zz:WSTestConfigData" xmlns:tns');
    expect(readWsdl([parse(undeclared)]).missing).toEqual(['WSTestConfigData']);
  });

  it('lists every import and include with a location (and none without)', () => {
    const docs = splitWsdl('http://h/ErpConnectorWS.svc');
    expect(importsOf(parse(docs['http://h/ErpConnectorWS.svc?wsdl=wsdl0'] as string))).toEqual([{ kind: 'xsd:import', location: 'http://h/ErpConnectorWS.svc?xsd=xsd0' }]);
    expect(importsOf(parse(docs['http://h/ErpConnectorWS.svc?wsdl'] as string))).toEqual([{ kind: 'wsdl:import', location: 'http://h/ErpConnectorWS.svc?wsdl=wsdl0' }]);
    expect(importsOf(parse('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="a.xsd"/></xs:schema>'))).toEqual([{ kind: 'xsd:include', location: 'a.xsd' }]);
  });

  it('an action that cannot go into an HTTP header (line breaks, beyond ASCII) leaves the operation undescribed', () => {
    const broken = singleWsdl().replace(`soapAction="${ACTION('WSTestConfigData')}"`, 'soapAction="urn:a&#13;&#10;X-Injected: 1"').replace(`soapAction="${ACTION('WSGetList')}"`, 'soapAction="urn:å"');
    expect(readWsdl([parse(broken)]).missing).toEqual(['WSGetList', 'WSTestConfigData']);
  });

  it('ignores look-alikes outside the WSDL and XML Schema namespaces', () => {
    const fake = singleWsdl().replaceAll('http://schemas.xmlsoap.org/wsdl/soap/', 'urn:not-soap');
    expect(readWsdl([parse(fake)]).missing.length).toBe(3);
  });
});
