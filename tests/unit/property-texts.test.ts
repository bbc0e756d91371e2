// Property-based tests of the localised-text parser (`NO:"Filnavn";US:"File Name"`): it never
// throws, reads back any generated text (quotes escaped either way, semicolons, backslashes,
// line breaks, any Unicode) whatever the separators, and leaves everything else as plain text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageCodes, parseLocalisedText, resolveText, type LocalisedPart } from '../../lib/protocol/texts';

const RUNS = { numRuns: 1000 };

const code = fc.stringMatching(/^[A-Za-z]{2,3}$/);
/** Any text, with the characters that matter here over-represented. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('"', '\\', ';', ',', ':', ' ', '\n', '\r', '\u2028', 'U', 'S', 'N', 'O', 'ø', '😀', '""'), maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 }),
);
const separator = fc.constantFrom(';', ',', ' ', '', ' ; ', ';\r\n ', ',\t', '\n');
const gap = fc.constantFrom('', ' ', '  ', '\t');

interface Written {
  raw: string;
  parts: LocalisedPart[];
}

/** Writes parts as a connector might: each quote as \" or "", backslashes as \\, separators varying. */
const written: fc.Arbitrary<Written> = fc
  .record({
    parts: fc.array(fc.record({ code, text }), { minLength: 1, maxLength: 5 }),
    seps: fc.array(separator, { minLength: 5, maxLength: 5 }),
    gaps: fc.array(gap, { minLength: 3, maxLength: 3 }),
    quoteStyle: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    trailing: fc.constantFrom('', ';', ' ', ';\n'),
    leading: fc.constantFrom('', ' ', '\n'),
  })
  .map(({ parts, seps, gaps, quoteStyle, trailing, leading }) => {
    let q = 0;
    const escape = (s: string) => s.replace(/[\\"]/g, (c) => (c === '\\' ? '\\\\' : quoteStyle[q++ % quoteStyle.length] ? '\\"' : '""'));
    const body = parts.map((p, i) => `${i ? seps[i % seps.length] : ''}${p.code}${gaps[0]}:${gaps[1]}"${escape(p.text)}"${gaps[2]}`).join('');
    return { raw: `${leading}${body}${trailing}`, parts: parts.map((p) => ({ code: p.code.toUpperCase(), text: p.text })) };
  });

/** What resolveText should show, worked out from the parts directly. */
function expectedText(parts: LocalisedPart[], lang: string): string {
  for (const c of [...languageCodes(lang), 'US']) {
    const hit = parts.find((p) => p.code === c);
    if (hit) return hit.text;
  }
  return parts[0]!.text;
}

describe('localised texts', () => {
  it('never throw, whatever the string', () => {
    const anything = fc.oneof(text, fc.string({ unit: fc.constantFrom('N', 'O', 'U', 'S', ':', '"', '\\', ';', ' ', 'x'), maxLength: 60 }));
    fc.assert(
      fc.property(anything, fc.constantFrom('en', 'no', 'nb-NO', 'de', '', 'x-y_z'), (raw, lang) => {
        const parts = parseLocalisedText(raw);
        if (parts !== null) {
          expect(parts.length).toBeGreaterThan(0);
          for (const p of parts) expect(p.code).toMatch(/^[A-Z]{2,3}$/);
        }
        const shown = resolveText(raw, lang);
        expect(parts === null ? shown === raw : parts.some((p) => p.text === shown)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('read back every generated text, quotes, semicolons, backslashes and Unicode included', () => {
    fc.assert(
      fc.property(written, ({ raw, parts }) => {
        expect(parseLocalisedText(raw)).toEqual(parts);
      }),
      { ...RUNS, examples: [[{ raw: 'US:"Say ""hi"" \\"now\\"; or else";NO:""', parts: [{ code: 'US', text: 'Say "hi" "now"; or else' }, { code: 'NO', text: '' }] }]] },
    );
  });

  it('show the user’s language, then US, then the first one given', () => {
    fc.assert(
      fc.property(written, fc.constantFrom('en', 'en-GB', 'no', 'nb', 'nn-NO', 'de', 'sv-SE'), ({ raw, parts }, lang) => {
        expect(resolveText(raw, lang)).toBe(expectedText(parts, lang));
      }),
      RUNS,
    );
  });

  it('leave a string that is not entirely made of parts as plain text', () => {
    fc.assert(
      fc.property(written, fc.constantFrom('x', '!', 'NO:"open', 'and more', 'US:', '"'), ({ raw }, tail) => {
        // Whatever separator the string ended with, something that is not a part follows.
        expect(parseLocalisedText(`${raw}${tail}`)).toBeNull();
        expect(resolveText(`${raw}${tail}`, 'en')).toBe(`${raw}${tail}`);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }).filter((s) => !s.includes('"')), (plain) => {
        // No quote, no part: shown exactly as sent.
        expect(resolveText(plain, 'no')).toBe(plain);
      }),
      RUNS,
    );
  });

  it('stay fast on long and hostile strings (no catastrophic backtracking)', () => {
    const hostile = [
      `US:"${'"'.repeat(100_000)}`,
      `US:"${'\\"'.repeat(50_000)}`,
      `${'US:"a";'.repeat(20_000)}x`,
      `US:"${'a'.repeat(200_000)}`,
      `${' ;'.repeat(100_000)}`,
      `US:${' '.repeat(100_000)}x`,
    ];
    for (const raw of hostile) {
      const started = performance.now();
      expect(() => resolveText(raw, 'no')).not.toThrow();
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
