// A small XML reader that runs anywhere (MV3 service workers have no DOMParser).
// Safe by construction: no DOCTYPE (so no entity declarations), only the five predefined
// entities and character references are decoded, input size and nesting depth are capped.
// Linear in the input: namespace scopes are a chain (an element that declares a prefix adds one
// link, nothing is copied), attributes and declarations per element are capped, and a caller may
// set a deadline the reader checks as it goes (a hostile answer must not outlive its call).

export interface XmlElement {
  /** Qualified name as written, e.g. `a:IsOk`. */
  name: string;
  prefix: string;
  /** Local name, e.g. `IsOk`: what callers match on, whatever the prefix. */
  local: string;
  /** Resolved namespace URI ('' when none). */
  ns: string;
  /** Attributes by qualified name as written. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (text nodes and CDATA directly inside it, concatenated). */
  text: string;
}

export type XmlErrorCode = 'too-large' | 'too-deep' | 'doctype' | 'syntax' | 'entity' | 'empty' | 'too-many-attributes' | 'deadline';
export interface XmlError {
  code: XmlErrorCode;
  message: string;
  offset: number;
}
export type XmlResult = { ok: true; root: XmlElement } | { ok: false; error: XmlError };

export const XML_DEFAULT_MAX_CHARS = 4_000_000;
const MAX_DEPTH = 100;
/** Per element, namespace declarations included. WCF answers and WSDL roots need a few dozen. */
export const XML_MAX_ATTRIBUTES = 256;
/** Per element: a WSDL root declares about 20. */
export const XML_MAX_DECLARATIONS = 64;
/** The deadline is read every this many tokens (a clock read per token would cost more than the parse). */
const CLOCK_EVERY = 256;
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/y;

class XmlFail extends Error {
  constructor(
    readonly code: XmlErrorCode,
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function decodeText(raw: string, at: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{0,12});/g, (whole, ref: string, rel: number) => {
    // Own keys only: `&constructor;` must not reach Object.prototype.
    if (Object.hasOwn(PREDEFINED, ref)) return PREDEFINED[ref] as string;
    const num = /^#x([0-9a-fA-F]{1,6})$/.exec(ref) ?? /^#([0-9]{1,7})$/.exec(ref);
    if (num?.[1] !== undefined) {
      const code = parseInt(num[1], ref.startsWith('#x') ? 16 : 10);
      if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    throw new XmlFail('entity', `Unsupported entity reference ${whole}`, at + rel);
  });
}

/** One link per element that declares something: lookups walk up (at most MAX_DEPTH links). */
interface Scope {
  own: Map<string, string>;
  parent: Scope | null;
}
const BASE_SCOPE: Scope = { own: new Map([['xml', XML_NS]]), parent: null };

function lookup(scope: Scope, prefix: string): string | undefined {
  for (let at: Scope | null = scope; at; at = at.parent) {
    const ns = at.own.get(prefix);
    if (ns !== undefined) return ns;
  }
  return undefined;
}

interface Open {
  el: XmlElement;
  scope: Scope;
}

export interface XmlOptions {
  maxChars?: number;
  /** Give up (code `deadline`) once `now()` passes this. */
  deadline?: number;
  now?: () => number;
}

function split(qname: string): [string, string] {
  const i = qname.indexOf(':');
  return i < 0 ? ['', qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

/** Parse a whole document. Never throws: problems come back as a typed error. */
export function parseXml(input: string, opts: XmlOptions = {}): XmlResult {
  const max = opts.maxChars ?? XML_DEFAULT_MAX_CHARS;
  if (input.length > max) {
    return { ok: false, error: { code: 'too-large', message: `XML is larger than ${max} characters`, offset: max } };
  }
  try {
    const clock = opts.deadline === undefined ? null : { deadline: opts.deadline, now: opts.now ?? defaultNow };
    return { ok: true, root: parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, clock) };
  } catch (e) {
    if (e instanceof XmlFail) return { ok: false, error: { code: e.code, message: e.message, offset: e.offset } };
    return { ok: false, error: { code: 'syntax', message: String(e), offset: 0 } };
  }
}

const defaultNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function parse(s: string, clock: { deadline: number; now: () => number } | null): XmlElement {
  const stack: Open[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  let tokens = 0;
  const fail = (msg: string, at = i): never => {
    throw new XmlFail('syntax', msg, at);
  };
  const skipPast = (token: string, what: string) => {
    const end = s.indexOf(token, i);
    if (end < 0) fail(`Unterminated ${what}`);
    i = end + token.length;
  };
  while (i < s.length) {
    if (clock && ++tokens % CLOCK_EVERY === 0 && clock.now() > clock.deadline) {
      throw new XmlFail('deadline', 'Reading the answer took longer than the time allowed', i);
    }
    const lt = s.indexOf('<', i);
    const textEnd = lt < 0 ? s.length : lt;
    if (textEnd > i) {
      const raw = s.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.el.text += decodeText(raw, i);
      else if (raw.trim()) fail('Text outside the root element');
      i = textEnd;
      continue;
    }
    if (s.startsWith('<!--', i)) skipPast('-->', 'comment');
    else if (s.startsWith('<?', i)) skipPast('?>', 'processing instruction');
    else if (s.startsWith('<![CDATA[', i)) {
      const start = i + 9;
      skipPast(']]>', 'CDATA section');
      const top = stack[stack.length - 1];
      if (!top) fail('CDATA outside the root element');
      else top.el.text += s.slice(start, i - 3);
    } else if (s.startsWith('<!', i)) {
      throw new XmlFail('doctype', 'DOCTYPE and declarations are not accepted', i);
    } else if (s.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(s);
      const open = stack.pop();
      if (!m || !open) return fail('Unexpected closing tag');
      if (m[0] !== open.el.name) fail(`Closing tag </${m[0]}> does not match <${open.el.name}>`);
      i = NAME.lastIndex;
      while (/\s/.test(s[i] ?? '')) i++;
      if (s[i] !== '>') fail('Expected >');
      i++;
      if (stack.length === 0) root = open.el;
    } else {
      if (root) fail('Content after the root element');
      const tag = openTag(s, i + 1, stack, fail);
      i = tag.next;
      if (!tag.selfClosing) stack.push(tag.open);
      else if (stack.length === 0) root = tag.open.el;
    }
  }
  if (stack.length) fail(`Unclosed element <${stack[stack.length - 1]?.el.name}>`, s.length);
  if (!root) throw new XmlFail('empty', 'No root element', 0);
  return root;
}

function openTag(
  s: string,
  start: number,
  stack: Open[],
  fail: (m: string, at?: number) => never,
): { next: number; open: Open; selfClosing: boolean } {
  NAME.lastIndex = start;
  const m = NAME.exec(s);
  if (!m) return fail('Expected an element name', start);
  let i = NAME.lastIndex;
  const attrs: Record<string, string> = {};
  let count = 0;
  let declared = 0;
  for (;;) {
    const ws = i;
    while (/\s/.test(s[i] ?? '')) i++;
    if (s[i] === '>' || s.startsWith('/>', i)) break;
    if (i === ws) fail('Expected whitespace between attributes', i);
    NAME.lastIndex = i;
    const a = NAME.exec(s);
    if (!a) fail('Expected an attribute name', i);
    i = NAME.lastIndex;
    while (/\s/.test(s[i] ?? '')) i++;
    if (s[i] !== '=') fail('Expected = after attribute name', i);
    i++;
    while (/\s/.test(s[i] ?? '')) i++;
    const q = s[i];
    if (q !== '"' && q !== "'") fail('Expected a quoted attribute value', i);
    const end = s.indexOf(q as string, i + 1);
    if (end < 0) fail('Unterminated attribute value', i);
    const name = (a as RegExpExecArray)[0];
    if (Object.hasOwn(attrs, name)) fail(`Duplicate attribute ${name}`, i);
    if (++count > XML_MAX_ATTRIBUTES) throw new XmlFail('too-many-attributes', `More than ${XML_MAX_ATTRIBUTES} attributes on one element`, i);
    if ((name === 'xmlns' || name.startsWith('xmlns:')) && ++declared > XML_MAX_DECLARATIONS) {
      throw new XmlFail('too-many-attributes', `More than ${XML_MAX_DECLARATIONS} namespace declarations on one element`, i);
    }
    // defineProperty, not assignment: an attribute named __proto__ stays an attribute.
    Object.defineProperty(attrs, name, { value: decodeText(s.slice(i + 1, end), i + 1), enumerable: true, writable: true, configurable: true });
    i = end + 1;
  }
  if (stack.length >= MAX_DEPTH) throw new XmlFail('too-deep', `Nesting deeper than ${MAX_DEPTH}`, start);
  const parentScope = stack[stack.length - 1]?.scope ?? BASE_SCOPE;
  let scope = parentScope;
  if (declared > 0) {
    scope = { own: new Map(), parent: parentScope };
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) scope.own.set(k === 'xmlns' ? '' : k.slice(6), v);
    }
  }
  const [prefix, local] = split(m[0]);
  const ns = lookup(scope, prefix);
  if (prefix && ns === undefined) fail(`Undeclared namespace prefix ${prefix}`, start);
  const el: XmlElement = { name: m[0], prefix, local, ns: ns ?? '', attrs, children: [], text: '' };
  stack[stack.length - 1]?.el.children.push(el);
  const selfClosing = s.startsWith('/>', i);
  return { next: i + (selfClosing ? 2 : 1), open: { el, scope }, selfClosing };
}

/** Attribute value by local name (any prefix). */
export function attr(el: XmlElement, local: string): string | undefined {
  for (const [k, v] of Object.entries(el.attrs)) if (split(k)[1] === local && !k.startsWith('xmlns')) return v;
  return undefined;
}

/** True for `i:nil="true"` (WCF's null). */
export function isNil(el: XmlElement): boolean {
  return Object.entries(el.attrs).some(([k, v]) => split(k)[1] === 'nil' && v.trim() === 'true');
}

export function children(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

export function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

/** Text of a direct child, `null` when it is absent or nil. */
export function childText(el: XmlElement, local: string): string | null {
  const c = child(el, local);
  return !c || isNil(c) ? null : c.text;
}

/** First descendant (depth first, self excluded) with this local name. */
export function descendant(el: XmlElement, local: string): XmlElement | undefined {
  for (const c of el.children) {
    if (c.local === local) return c;
    const d = descendant(c, local);
    if (d) return d;
  }
  return undefined;
}
