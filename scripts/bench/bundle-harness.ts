// A bench harness (scripts/bench/harness/) bundled as the wizard is bundled: production Preact,
// and the panel's stylesheet imported as text (Vite's ?inline), for a plain page in Chromium.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export async function bundleHarness(file: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'harness', file)],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [
      {
        name: 'inline-css',
        setup(b) {
          b.onResolve({ filter: /\.css\?inline$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.replace(/\?inline$/, '')), namespace: 'css-text' }));
          b.onLoad({ filter: /.*/, namespace: 'css-text' }, async (a) => ({ contents: await readFile(a.path, 'utf8'), loader: 'text' }));
        },
      },
    ],
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.MODE': '"production"' },
    absWorkingDir: ROOT,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}
