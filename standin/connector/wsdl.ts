// What WCF shows on GET: a help page, and a (much reduced) WSDL on ?wsdl.
import { CONTRACT_NS, OPERATIONS, SERVICE_CONTRACT, soapAction } from './soap-ns.ts';
import { esc } from './xml-writer.ts';

export function helpPage(): string {
  return `<!DOCTYPE html><html><head><title>ErpConnectorWS Service</title></head><body><div id="content"><p class="heading1">ErpConnectorWS Service</p>
<p>You have created a service.</p><p>To test this service, you will need to create a client and use it to call the service. Add <code>?wsdl</code> to this address to see the service description.</p></div></body></html>`;
}

export function wsdl(address: string): string {
  const ops = OPERATIONS.map(
    (op) => `<wsdl:operation name="${op}"><soap:operation soapAction="${soapAction(op)}" style="document"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation>`,
  ).join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions name="ErpConnectorWS" targetNamespace="${CONTRACT_NS}" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:tns="${CONTRACT_NS}">
<wsdl:portType name="${SERVICE_CONTRACT}"/>
<wsdl:binding name="BasicHttpBinding_${SERVICE_CONTRACT}" type="tns:${SERVICE_CONTRACT}"><soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>${ops}</wsdl:binding>
<wsdl:service name="ErpConnectorWS"><wsdl:port name="BasicHttpBinding_${SERVICE_CONTRACT}" binding="tns:BasicHttpBinding_${SERVICE_CONTRACT}"><soap:address location="${esc(address)}"/></wsdl:port></wsdl:service>
</wsdl:definitions>`;
}
