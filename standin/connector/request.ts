// Read an incoming SOAP request by local element names, whatever the prefixes: the CRM's .NET
// client, the extension and a partner's test tool all write namespaces a little differently.
import { child, children, isNil, parseXml, type XmlElement } from '../../lib/protocol/xml.ts';

export interface SoapRequest {
  /** Local name of the body's first element, e.g. `WSTestConfigData`. */
  bodyOp: string;
  ConnectionGuid: string | null;
  ListName: string | null;
  ActorType: string | null;
  ConnectionInfo: Record<string, string> | null;
  ListItemKeys: string[] | null;
}

export type ParsedRequest = { ok: true; req: SoapRequest } | { ok: false; reason: string };

function text(el: XmlElement | undefined): string | null {
  return !el || isNil(el) ? null : el.text;
}

function readMap(el: XmlElement | undefined): Record<string, string> | null {
  if (!el || isNil(el)) return null;
  const out: Record<string, string> = {};
  for (const kv of children(el, 'KeyValueOfstringstring')) {
    const k = text(child(kv, 'Key'));
    if (k !== null) out[k] = text(child(kv, 'Value')) ?? '';
  }
  return out;
}

export function parseSoapRequest(xml: string): ParsedRequest {
  const parsed = parseXml(xml);
  if (!parsed.ok) return { ok: false, reason: `XML: ${parsed.error.message}` };
  const env = parsed.root;
  if (env.local !== 'Envelope') return { ok: false, reason: 'root element is not a SOAP Envelope' };
  const body = child(env, 'Body');
  const opEl = body?.children[0];
  if (!opEl) return { ok: false, reason: 'empty SOAP Body' };
  // Document/literal wrapped: members live in <request>; accept them directly under the operation too.
  const holder = child(opEl, 'request') ?? opEl;
  const keys = child(holder, 'ListItemKeys');
  return {
    ok: true,
    req: {
      bodyOp: opEl.local,
      ConnectionGuid: text(child(holder, 'ConnectionGuid')),
      ListName: text(child(holder, 'ListName')),
      ActorType: text(child(holder, 'ActorType')),
      ConnectionInfo: readMap(child(holder, 'ConnectionInfo')),
      ListItemKeys: keys && !isNil(keys) ? keys.children.map((c) => c.text) : null,
    },
  };
}
