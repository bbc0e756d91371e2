// The permissions audit, on the built extension (no browser needed): each manifest asks for
// exactly what docs/permissions.json documents, nothing more, and the shipped code has no eval,
// no code built from strings and no remote scripts. Exceptions would be listed below, with why.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR, TEST_BUILD_DIR } from './browser';

interface Documented {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  optional_permissions: string[];
  content_scripts: { matches: string[]; all_frames?: boolean }[];
  web_accessible_resources: unknown[];
  externally_connectable: 'absent';
}
const DOC = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/permissions.json'), 'utf8')) as {
  builds: Record<'chrome-mv3' | 'firefox-mv2', Documented>;
  testBuildOnly: { host_permissions: string[] };
};
const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

type Manifest = Record<string, unknown> & { content_scripts?: Record<string, unknown>[] };
const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const sorted = (v: unknown) => [...((v as string[] | undefined) ?? [])].sort();

/** Every top-level key a manifest may have; a new one (sandbox, key, externally_connectable, …) needs a look first. */
const KNOWN_KEYS = [
  'manifest_version', 'name', 'description', 'version', 'default_locale', 'icons',
  'permissions', 'host_permissions', 'optional_host_permissions', 'optional_permissions',
  'action', 'browser_action', 'commands', 'background', 'options_ui', 'content_scripts', 'browser_specific_settings', 'minimum_chrome_version',
  'web_accessible_resources', // only the wizard's frame, exactly as documented (checked below)
  'content_security_policy', // allowed only as strict as the browser's default, see below
];

/** What makes a content security policy weaker than the browser's default for extensions. */
function cspProblems(csp: unknown): string[] {
  if (csp === undefined) return []; // the browser's default: only the extension's own scripts
  const policies = typeof csp === 'string' ? [csp] : Object.values(csp as Record<string, string>);
  return policies.flatMap((p) => [
    ...(/unsafe-eval/.test(p) ? [`unsafe-eval in "${p}"`] : []),
    ...(/script-src[^;]*unsafe-inline/.test(p) ? [`unsafe-inline scripts in "${p}"`] : []),
    ...(/script-src[^;]*(?:https?:|\*|data:|blob:)/.test(p) ? [`scripts from elsewhere in "${p}"`] : []),
  ]);
}

// Firefox's build exists after `npm run lint` (or `npm run build:firefox`); the Chrome build always.
const FIREFOX_DIR = resolve(BUILD_DIR, '../firefox-mv2');
const builds = [
  { name: 'chrome-mv3' as const, dir: BUILD_DIR },
  ...(existsSync(join(FIREFOX_DIR, 'manifest.json')) ? [{ name: 'firefox-mv2' as const, dir: FIREFOX_DIR }] : []),
];

describe('the documented permissions', () => {
  it('are listed in the README’s Security and robustness section, which links the full list', () => {
    const section = README.split(/^## /m).find((s) => s.startsWith('Security and robustness')) ?? '';
    expect(section).toContain('docs/permissions.json');
    const chrome = DOC.builds['chrome-mv3'];
    for (const p of [...chrome.permissions, ...chrome.host_permissions, ...chrome.optional_host_permissions, ...chrome.content_scripts.flatMap((c) => c.matches)]) {
      expect(section, p).toContain(`\`${p}\``);
    }
  });
});

describe.each(builds)('the $name manifest', ({ name, dir }) => {
  const doc = DOC.builds[name];

  it('exists (build first: npx wxt build)', () => {
    expect(existsSync(join(dir, 'manifest.json')), dir).toBe(true);
  });

  it('asks for exactly the documented permissions and hosts', () => {
    const m = readManifest(dir);
    expect({
      permissions: sorted(m.permissions),
      host_permissions: sorted(m.host_permissions),
      optional_host_permissions: sorted(m.optional_host_permissions),
      optional_permissions: sorted(m.optional_permissions),
    }).toEqual({
      permissions: sorted(doc.permissions),
      host_permissions: sorted(doc.host_permissions),
      optional_host_permissions: sorted(doc.optional_host_permissions),
      optional_permissions: sorted(doc.optional_permissions),
    });
  });

  it('runs the documented content scripts only, in their own world, in the documented frames', () => {
    const scripts = readManifest(dir).content_scripts ?? [];
    expect(scripts.map((c) => sorted(c.matches))).toEqual(doc.content_scripts.map((c) => sorted(c.matches)));
    expect(scripts.map((c) => c.all_frames ?? false)).toEqual(doc.content_scripts.map((c) => c.all_frames ?? false));
    for (const c of scripts) expect(Object.keys(c).filter((k) => !['matches', 'js', 'run_at', 'all_frames'].includes(k)), 'no world, css, match_about_blank, …').toEqual([]);
  });

  it('exposes only the wizard frame to pages, accepts no outside connections and adds no unreviewed capability', () => {
    const m = readManifest(dir);
    expect(m.web_accessible_resources ?? []).toEqual(doc.web_accessible_resources);
    expect(doc.externally_connectable).toBe('absent');
    expect(m.externally_connectable).toBeUndefined();
    expect(Object.keys(m).filter((k) => !KNOWN_KEYS.includes(k))).toEqual([]);
  });

  it('keeps the browser’s strict content security policy (no unsafe-eval, no remote scripts)', () => {
    expect(cspProblems(readManifest(dir).content_security_policy)).toEqual([]);
    // The check itself sees what it must.
    expect(cspProblems({ extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" })).toHaveLength(1);
    expect(cspProblems("script-src 'self' https://cdn.example; object-src 'self'")).toHaveLength(1);
    expect(cspProblems({ extension_pages: "script-src 'self'; object-src 'self'" })).toEqual([]);
  });
});

describe('the test build', () => {
  it('differs from the production build only by the documented pre-granted hosts', () => {
    const prod = readManifest(BUILD_DIR);
    const test = readManifest(TEST_BUILD_DIR);
    expect(sorted(test.host_permissions)).toEqual(sorted([...(prod.host_permissions as string[]), ...DOC.testBuildOnly.host_permissions]));
    expect({ ...test, host_permissions: null }).toEqual({ ...prod, host_permissions: null });
  });
});

/** Code that would run strings as code, or load code from elsewhere. */
const RULES: { rule: string; re: RegExp }[] = [
  { rule: 'eval(', re: /\beval\s*\(/ },
  { rule: 'new Function(', re: /\bnew\s+Function\s*\(/ },
  { rule: 'Function(', re: /(?<![\w$.])Function\s*\(/ },
  { rule: '.constructor("…") (Function by another name)', re: /\.constructor\s*\(\s*["'`]/ },
  { rule: 'string timer', re: /\b(?:setTimeout|setInterval)\s*\(\s*["'`]/ },
  { rule: 'remote <script src>', re: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i },
  { rule: 'remote importScripts', re: /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\// },
  { rule: 'remote import()', re: /\bimport\s*\(\s*["'`](?:https?:)?\/\// },
  { rule: 'remote static import', re: /\bimport\b[^;'"`]*?["'`]https?:\/\// },
];

/**
 * Deliberate exceptions: file (relative to the build), rule, and why it is harmless. None today:
 * Preact, @preact/signals, idb and zod/mini (no JIT) contain none of these. A dependency that
 * brings one must be looked at and listed here with its reason, never matched away.
 */
const EXCEPTIONS: { build: string; file: RegExp; rule: string; reason: string }[] = [];

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:m?js|html)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe.each(builds)('the $name code', ({ name, dir }) => {
  it('has no eval, no code from strings and no remote scripts', () => {
    const files = codeFiles(dir);
    const launchers = (readManifest(dir).content_scripts ?? []).flatMap((c) => c.js as string[]);
    expect(files.map((f) => relative(dir, f))).toEqual(expect.arrayContaining(['background.js', 'options.html', ...launchers]));
    const found: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const rel = relative(dir, file);
      for (const { rule, re } of RULES) {
        if (!re.test(code)) continue;
        if (EXCEPTIONS.some((x) => x.build === name && x.rule === rule && x.file.test(rel))) continue;
        const at = code.search(re);
        found.push(`${rel}: ${rule} (…${code.slice(Math.max(0, at - 40), at + 60)}…)`);
      }
    }
    expect(found).toEqual([]);
  });

  it('would notice them (the rules match what they are meant to)', () => {
    const samples = ['x=eval("1")', 'new Function("a","return a")', 'g=Function("return this")()', '(()=>{}).constructor("x")', 'setTimeout("go()",1)', '<script src="https://cdn.example/x.js">', 'importScripts("https://cdn.example/a.js")', 'import("//cdn.example/m.js")', 'import{a}from"https://cdn.example/m.js"'];
    expect(samples.map((s) => RULES.filter(({ re }) => re.test(s)).length > 0)).toEqual(samples.map(() => true));
    // …and leave ordinary code alone.
    for (const ok of ['typeof x==="function"', 'a.evaluate(x)', 'setTimeout(run,1)', 'import("./chunk.js")', 'isFunction(x)']) expect(RULES.filter(({ re }) => re.test(ok)), ok).toEqual([]);
  });
});
