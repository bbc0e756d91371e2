// Reading IErpConnectorWS's contract out of WSDL 1.1 + XML Schema documents, as WCF publishes them
// (split: ?wsdl, ?wsdl=wsdl0, ?xsd=xsd0…; or flattened: ?singleWsdl). Pure: parsed documents in,
// per-operation contract out. QName prefixes (`tns:X`, `q1:Y`) are resolved through the `xmlns:*`
// declarations in scope where they are written, tracked along our own walk from each root.
import type { Operation, OperationContract } from './soap';
import type { XmlElement } from './xml';

export const WSDL_NS = 'http://schemas.xmlsoap.org/wsdl/';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
const SOAP11_BINDING_NS = 'http://schemas.xmlsoap.org/wsdl/soap/';
const SOAP12_BINDING_NS = 'http://schemas.xmlsoap.org/wsdl/soap12/';

/** The operations the wizard and the CLI call; the first three are needed, the rest are read when present. */
export const NEEDED_OPERATIONS: readonly Operation[] = ['WSGetConfigData', 'WSGetList', 'WSTestConfigData'];
const ALL_OPERATIONS: readonly Operation[] = [...NEEDED_OPERATIONS, 'WSTestConnection', 'WSGetSupportedActorTypes', 'WSSaveConnection', 'WSGetSupportedActorTypeFields'];

type Scope = ReadonlyMap<string, string>;
interface Scoped {
  el: XmlElement;
  scope: Scope;
}
interface SchemaNode extends Scoped {
  tns: string;
  qualified: boolean;
}

export interface WsdlContract {
  operations: Partial<Record<Operation, OperationContract>>;
  /** Needed operations the documents do not describe completely. */
  missing: Operation[];
}

function withScope(el: XmlElement, parent: Scope): Scope {
  let scope = parent;
  for (const [k, v] of Object.entries(el.attrs)) {
    if (k !== 'xmlns' && !k.startsWith('xmlns:')) continue;
    if (scope === parent) scope = new Map(parent);
    (scope as Map<string, string>).set(k === 'xmlns' ? '' : k.slice(6), v);
  }
  return scope;
}

/** Every element with the namespaces in scope on it, depth first. */
function walk(root: XmlElement, visit: (s: Scoped) => void, scope: Scope = new Map()): void {
  const own = withScope(root, scope);
  visit({ el: root, scope: own });
  for (const c of root.children) walk(c, visit, own);
}

function kids(s: Scoped, ns: string, local: string): Scoped[] {
  const scope = withScope(s.el, s.scope);
  return s.el.children.filter((c) => c.ns === ns && c.local === local).map((el) => ({ el, scope: withScope(el, scope) }));
}

/** `{ns}local` of a QName attribute value, or null when its prefix is not declared. */
function qname(value: string | undefined, scope: Scope): string | null {
  if (!value) return null;
  const v = value.trim();
  const i = v.indexOf(':');
  const prefix = i < 0 ? '' : v.slice(0, i);
  const ns = scope.get(prefix);
  if (ns === undefined && prefix) return null;
  return `{${ns ?? ''}}${i < 0 ? v : v.slice(i + 1)}`;
}

const nsOf = (key: string) => key.slice(1, key.indexOf('}'));
const own = (el: XmlElement, name: string): string | undefined => (Object.hasOwn(el.attrs, name) ? el.attrs[name] : undefined);

interface Index {
  elements: Map<string, SchemaNode>;
  types: Map<string, SchemaNode>;
  messages: Map<string, string | null>;
  inputs: Map<string, string | null>;
  actions: Map<string, string>;
}

function index(documents: readonly XmlElement[]): Index {
  const ix: Index = { elements: new Map(), types: new Map(), messages: new Map(), inputs: new Map(), actions: new Map() };
  const soap12Actions = new Map<string, string>();
  for (const root of documents) {
    walk(root, (s) => {
      const { el } = s;
      if (el.ns === XSD_NS && el.local === 'schema') {
        const tns = own(el, 'targetNamespace') ?? '';
        const qualified = own(el, 'elementFormDefault') === 'qualified';
        for (const c of el.children) {
          const name = own(c, 'name');
          if (c.ns !== XSD_NS || !name) continue;
          const node: SchemaNode = { el: c, scope: withScope(c, withScope(el, s.scope)), tns, qualified };
          const map = c.local === 'element' ? ix.elements : c.local === 'complexType' ? ix.types : null;
          if (map && !map.has(`{${tns}}${name}`)) map.set(`{${tns}}${name}`, node);
        }
      }
      if (el.ns !== WSDL_NS || el.local !== 'definitions') return;
      const tns = own(el, 'targetNamespace') ?? '';
      for (const m of kids(s, WSDL_NS, 'message')) {
        const part = kids(m, WSDL_NS, 'part')[0];
        ix.messages.set(`{${tns}}${own(m.el, 'name') ?? ''}`, part ? qname(own(part.el, 'element'), part.scope) : null);
      }
      for (const pt of kids(s, WSDL_NS, 'portType')) {
        for (const op of kids(pt, WSDL_NS, 'operation')) {
          const input = kids(op, WSDL_NS, 'input')[0];
          const name = own(op.el, 'name') ?? '';
          if (input && !ix.inputs.has(name)) ix.inputs.set(name, qname(own(input.el, 'message'), input.scope));
        }
      }
      for (const b of kids(s, WSDL_NS, 'binding')) {
        for (const op of kids(b, WSDL_NS, 'operation')) {
          const name = own(op.el, 'name') ?? '';
          for (const [ns, into] of [[SOAP11_BINDING_NS, ix.actions], [SOAP12_BINDING_NS, soap12Actions]] as const) {
            const action = kids(op, ns, 'operation')[0];
            const value = action ? own(action.el, 'soapAction') : undefined;
            if (value && !into.has(name)) into.set(name, value);
          }
        }
      }
    });
  }
  // Only a SOAP 1.2 binding: its actions are still the contract's actions.
  for (const [k, v] of soap12Actions) if (!ix.actions.has(k)) ix.actions.set(k, v);
  return ix;
}

/** The element children of a complex type's content, its base types' first (as WCF orders them). */
function typeMembers(ix: Index, type: SchemaNode, depth = 0): Array<{ name: string; ns: string; node: Scoped }> {
  if (depth > 8) return [];
  const out: Array<{ name: string; ns: string; node: Scoped }> = [];
  const visit = (s: Scoped) => {
    for (const c of s.el.children) {
      if (c.ns !== XSD_NS) continue;
      const scoped: Scoped = { el: c, scope: withScope(c, s.scope) };
      if (c.local === 'extension') {
        const base = ix.types.get(qname(own(c, 'base'), scoped.scope) ?? '');
        if (base) out.push(...typeMembers(ix, base, depth + 1));
      }
      if (c.local === 'element') {
        const ref = qname(own(c, 'ref'), scoped.scope);
        const name = own(c, 'name');
        if (ref) out.push({ name: ref.slice(ref.indexOf('}') + 1), ns: nsOf(ref), node: scoped });
        else if (name) {
          const form = own(c, 'form');
          const qualified = form ? form === 'qualified' : type.qualified;
          out.push({ name, ns: qualified ? type.tns : '', node: scoped });
        }
        continue; // a member's own inline type is not part of this type's members
      }
      if (['sequence', 'all', 'choice', 'complexContent', 'extension', 'complexType'].includes(c.local)) visit(scoped);
    }
  };
  visit(type);
  return out;
}

/** The complex type of an element declaration: inline, or named by `type`. */
function typeOf(ix: Index, decl: Scoped, tns: string, qualified: boolean): SchemaNode | undefined {
  const inline = decl.el.children.find((c) => c.ns === XSD_NS && c.local === 'complexType');
  if (inline) return { el: inline, scope: withScope(inline, decl.scope), tns, qualified };
  return ix.types.get(qname(own(decl.el, 'type'), decl.scope) ?? '');
}

function readOperation(ix: Index, op: Operation): OperationContract | null {
  const soapAction = ix.actions.get(op);
  const message = ix.inputs.get(op);
  const wrapperKey = message ? ix.messages.get(message) : null;
  // The action goes into an HTTP header: printable ASCII only, else the operation counts as not described.
  if (soapAction === undefined || !/^[\x20-\x7E]*$/.test(soapAction) || !wrapperKey) return null;
  const namespace = nsOf(wrapperKey);
  const wrapper = ix.elements.get(wrapperKey);
  if (!wrapper) return null;
  const wrapperType = typeOf(ix, wrapper, wrapper.tns, wrapper.qualified);
  const request = wrapperType ? typeMembers(ix, wrapperType).find((m) => m.name === 'request') : undefined;
  if (!request) {
    // No parameters (WSGetConfigData): nothing but the wrapper is written.
    return { soapAction, namespace, requestNamespace: namespace, memberNamespace: namespace };
  }
  const refd = ix.elements.get(`{${request.ns}}request`);
  const requestDecl = own(request.node.el, 'ref') && refd ? refd : { ...request.node, tns: wrapperType?.tns ?? '', qualified: wrapperType?.qualified ?? false };
  const requestType = typeOf(ix, requestDecl, requestDecl.tns, requestDecl.qualified);
  const members = requestType ? typeMembers(ix, requestType) : [];
  const memberNamespace = members[0]?.ns ?? request.ns;
  return { soapAction, namespace, requestNamespace: request.ns, memberNamespace };
}

/** The contract the documents describe for the operations we call. */
export function readWsdl(documents: readonly XmlElement[]): WsdlContract {
  const ix = index(documents);
  const operations: Partial<Record<Operation, OperationContract>> = {};
  for (const op of ALL_OPERATIONS) {
    const c = readOperation(ix, op);
    if (c) operations[op] = c;
  }
  return { operations, missing: NEEDED_OPERATIONS.filter((op) => !operations[op]) };
}

export interface ImportRef {
  kind: 'wsdl:import' | 'xsd:import' | 'xsd:include';
  location: string;
}

/** Every document a WSDL or schema document points at (imports without a location point at none). */
export function importsOf(root: XmlElement): ImportRef[] {
  const out: ImportRef[] = [];
  walk(root, ({ el }) => {
    if (el.ns === WSDL_NS && el.local === 'import') {
      const location = own(el, 'location');
      if (location !== undefined) out.push({ kind: 'wsdl:import', location });
    } else if (el.ns === XSD_NS && (el.local === 'import' || el.local === 'include' || el.local === 'redefine')) {
      const location = own(el, 'schemaLocation');
      if (location !== undefined) out.push({ kind: el.local === 'import' ? 'xsd:import' : 'xsd:include', location });
    }
  });
  return out;
}
