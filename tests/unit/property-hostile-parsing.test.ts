// @vitest-environment node
// Hostile input against the value codec and the XML reader, with a time budget: long runs of
// whitespace (where a backtracking pattern goes cubic) and floods of namespace declarations
// (where copying a scope per element goes quadratic). Each case must finish well inside the
// budget and still give the right answer. Linear code takes a few milliseconds here; the code
// this replaced took seconds on a 2,000-character run and minutes on a 0.5 MB answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeValue } from '../../lib/protocol/codec';
import { FIELD_TYPES } from '../../lib/protocol/field-type';
import { parseXml, XML_MAX_ATTRIBUTES, XML_MAX_DECLARATIONS } from '../../lib/protocol/xml';

/** Per call. Far above what linear code needs on a loaded machine, far below what backtracking takes. */
const BUDGET_MS = 250;

const WHITESPACE = [' ', '\t', '\r', '\n', '\u00a0', '\u2003', '\ufeff', '\u3000'];
const run = (min: number, max: number) =>
  fc.tuple(fc.constantFrom(...WHITESPACE), fc.integer({ min, max }), fc.constantFrom(...WHITESPACE)).map(([a, n, b]) => (a + b).repeat(n >> 1));

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

describe('value codec: long whitespace runs', () => {
  const hostile = fc.tuple(
    fc.constantFrom('[F:', '[DT:', '[I:', '[i:', '[', ''),
    run(2_000, 20_000),
    fc.constantFrom('', '1', '1.5', '12/31/2013', 'x', ']', ':'),
    run(0, 5_000),
    fc.constantFrom('', ']', 'x', ']]', ']x', '1', ' ]'),
  );

  it('decodes any such value for any type within the budget, never throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_TYPES), hostile, (type, parts) => {
        const wire = parts.join('');
        const { value, ms } = timed(() => decodeValue(type, wire));
        expect(ms, `${type}, ${wire.length} characters`).toBeLessThan(BUDGET_MS);
        expect(typeof value.ok).toBe('boolean');
      }),
      { numRuns: 60 },
    );
  });

  it('still reads padded values right: whitespace inside the brackets is trimmed', () => {
    fc.assert(
      fc.property(run(0, 3_000), run(0, 3_000), (a, b) => {
        expect(decodeValue('Double', `[F:${a}1.5${b}]`)).toEqual({ ok: true, value: { type: 'Double', value: 1.5 } });
        expect(decodeValue('Datetime', `${b}[DT:${a}12/31/2013 23:59:59.0000000${b}]${a}`)).toMatchObject({ ok: true, value: { value: { year: 2013, month: 12, day: 31 } } });
        expect(decodeValue('Double', `[F:${a}1.5${b}`).ok).toBe(false);
        expect(decodeValue('Datetime', `[DT:${a}1]2${b}]`).ok).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});

const URN = (i: number) => `urn:ns:${i}`;

/** `depth` nested levels each declaring `levelDecls` prefixes, then `count` elements each declaring `childDecls`. */
function floodDoc(levelDecls: number, childDecls: number, count: number, depth: number): string {
  const decls = (level: number) => Array.from({ length: levelDecls }, (_, i) => `xmlns:l${level}p${i}="${URN(level * 100 + i)}"`).join(' ');
  const own = Array.from({ length: childDecls }, (_, i) => `xmlns:c${i}="${URN(10_000 + i)}"`).join(' ');
  const kids = Array.from({ length: count }, (_, i) => `<c${i % childDecls}:k ${own}/>`).join('');
  const open = Array.from({ length: depth }, (_, d) => `<l${d}p0:n ${decls(d)}>`).join('');
  const close = Array.from({ length: depth }, (_, d) => `</l${depth - 1 - d}p0:n>`).join('');
  return `${open}${kids}${close}`;
}

/** The same document with plain attributes instead of declarations, and no prefixes. */
const withoutDeclarations = (doc: string) => doc.replace(/<(\/?)(?:l\d+p0|c\d+):/g, '<$1').replace(/xmlns:/g, 'data-');

describe('XML reader: floods and long runs', () => {
  it('a flood of namespace declarations: every level of a deep answer declaring many, then thousands of elements declaring more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: XML_MAX_DECLARATIONS }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 500, max: 3_000 }), fc.integer({ min: 40, max: 95 }), (levelDecls, childDecls, count, depth) => {
        const doc = floodDoc(levelDecls, childDecls, count, depth);
        // Held against the same document without declarations (so a busy machine slows both):
        // linear reading costs about the same; a scope copied per element costs thousands of times more.
        const plain = withoutDeclarations(doc);
        const best = (d: string) => Math.min(...[0, 1, 2].map(() => timed(() => parseXml(d)).ms));
        const { value } = timed(() => parseXml(doc));
        const [ms, base] = [best(doc), best(plain)];
        expect(ms, `${doc.length} characters: ${ms.toFixed(0)} ms, ${base.toFixed(0)} ms without declarations`).toBeLessThan(Math.max(10 * base, 200));
        expect(ms).toBeLessThan(BUDGET_MS * 12);
        expect(value.ok).toBe(true);
        if (!value.ok) return;
        let at = value.root;
        for (let d = 1; d < depth; d++) at = at.children[0]!;
        expect(at.ns).toBe(URN((depth - 1) * 100));
        expect(at.children).toHaveLength(count);
        expect(at.children[count - 1]?.ns).toBe(URN(10_000 + ((count - 1) % childDecls)));
      }),
      { numRuns: 10 },
    );
  });

  it('the heaviest flood the caps allow (64 declarations on each of 95 levels, 3,000 elements declaring 8): about as fast as without declarations', () => {
    const doc = floodDoc(64, 8, 3_000, 95);
    const plain = withoutDeclarations(doc);
    const best = (d: string) => Math.min(...[0, 1, 2, 3, 4].map(() => timed(() => parseXml(d)).ms));
    const [ms, base] = [best(doc), best(plain)];
    // The scope copied per element took 60 times as long as the plain document here (3.8 s on this machine).
    expect(ms, `${ms.toFixed(0)} ms, ${base.toFixed(0)} ms without declarations`).toBeLessThan(Math.max(10 * base, 250));
  });

  it('more declarations or attributes on one element than the caps: refused with its own error, quickly', () => {
    fc.assert(
      fc.property(fc.integer({ min: XML_MAX_DECLARATIONS + 1, max: 20_000 }), fc.boolean(), (n, declarations) => {
        const attrs = Array.from({ length: declarations ? n : Math.max(n, XML_MAX_ATTRIBUTES + 1) }, (_, i) => (declarations ? `xmlns:p${i}="${URN(i)}"` : `a${i}="${i}"`)).join(' ');
        const { value, ms } = timed(() => parseXml(`<root ${attrs}><p0:x/></root>`));
        expect(ms).toBeLessThan(BUDGET_MS);
        expect(value.ok).toBe(false);
        if (!value.ok) expect(value.error.code).toBe('too-many-attributes');
      }),
      { numRuns: 20 },
    );
  });

  it('long whitespace runs between attributes, before > and in text: read right, within the budget', () => {
    fc.assert(
      fc.property(run(1, 50_000), run(1, 50_000), run(0, 50_000), (a, b, c) => {
        const doc = `<root${a}x="1"${b}xmlns:p="urn:p"${c}><p:child${a}/${''}>${b}text${c}</root${a}>`;
        const { value, ms } = timed(() => parseXml(doc));
        expect(ms).toBeLessThan(BUDGET_MS);
        // '\u00a0', '\u2003', '\ufeff' and '\u3000' are not XML whitespace, and the reader takes \s: it must
        // answer either way, with a tree or its typed error.
        if (value.ok) expect(value.root.children[0]?.ns).toBe('urn:p');
        else expect(value.error.code).toBe('syntax');
      }),
      { numRuns: 30 },
    );
  });

  it('stops at a deadline that has passed, with its own error', () => {
    let t = 0;
    const doc = `<root>${'<a>x</a>'.repeat(10_000)}</root>`;
    const r = parseXml(doc, { deadline: 5, now: () => t++ });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('deadline');
    expect(t).toBeLessThan(100); // the clock is read now and then, not per token
    expect(parseXml(doc, { deadline: Infinity }).ok).toBe(true);
  });
});
