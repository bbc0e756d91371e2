// A tiny XML tree and two ways to print it: WCF's own style (prefixes `s:`, `a:`, `b:`, `i:`)
// and a default-namespace style (no prefixes, `xmlns="…"` on each element) that other SOAP
// stacks produce. Both must be read alike by a client that matches on local names.
import { XSI_NS } from './soap-ns.ts';

export interface XNode {
  ns: string;
  /** Prefix to use in WCF style ('' = default namespace). */
  prefix: string;
  name: string;
  text?: string;
  nil?: boolean;
  kids?: XNode[];
  /** Namespaces to declare on this element up front in WCF style (prefix → uri), as WCF does on result elements. */
  declare?: Record<string, string>;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type Scope = Map<string, string>; // prefix → uri

function renderPrefixed(n: XNode, scope: Scope): string {
  const local = new Map(scope);
  const decls: string[] = [];
  const declare = (p: string, uri: string) => {
    if (local.get(p) === uri) return;
    local.set(p, uri);
    decls.push(p ? ` xmlns:${p}="${esc(uri)}"` : ` xmlns="${esc(uri)}"`);
  };
  for (const [p, uri] of Object.entries(n.declare ?? {})) declare(p, uri);
  declare(n.prefix, n.ns);
  if (n.nil) declare('i', XSI_NS);
  const qname = n.prefix ? `${n.prefix}:${n.name}` : n.name;
  const nil = n.nil ? ' i:nil="true"' : '';
  const open = `<${qname}${decls.join('')}${nil}`;
  if (n.nil) return `${open}/>`;
  if (n.kids) return `${open}>${n.kids.map((k) => renderPrefixed(k, local)).join('')}</${qname}>`;
  return n.text === undefined || n.text === '' ? `${open}/>` : `${open}>${esc(n.text)}</${qname}>`;
}

function renderDefault(n: XNode, parentNs: string | null, eol: string): string {
  const xmlns = n.ns !== parentNs ? ` xmlns="${esc(n.ns)}"` : '';
  const nil = n.nil ? ` xmlns:xsi="${XSI_NS}" xsi:nil="true"` : '';
  const open = `<${n.name}${xmlns}${nil}`;
  if (n.nil) return `${open}/>`;
  if (n.kids) return `${open}>${eol}${n.kids.map((k) => renderDefault(k, n.ns, eol) + eol).join('')}</${n.name}>`;
  return `${open}>${esc(n.text ?? '')}</${n.name}>`;
}

export type XmlStyle = 'wcf' | 'default-ns';

export function renderXml(root: XNode, style: XmlStyle): string {
  if (style === 'wcf') return renderPrefixed(root, new Map());
  const eol = '\r\n';
  return `<?xml version="1.0" encoding="utf-8"?>${eol}${renderDefault(root, null, eol)}${eol}`;
}
