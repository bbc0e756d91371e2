// Size of each built entry, raw and gzip: what each one makes the browser load, its own file plus
// the shared chunks and styles its HTML page pulls in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { atMost, type Figure } from './stats';

const kB = (n: number) => n / 1024;
const gzip = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** The scripts and styles an extension page loads, read from its built HTML. */
export function pageAssets(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => (m[1] as string).replace(/^\//, ''));
  return [...new Set(refs)];
}

function entry(dir: string, name: string, files: string[]): Figure[] {
  const bufs = files.map((f) => readFileSync(join(dir, f)));
  const raw = bufs.reduce((a, b) => a + b.length, 0);
  const gz = bufs.reduce((a, b) => a + gzip(b), 0);
  return [
    { name: `Size: ${name} (raw)`, unit: 'kB', median: kB(raw) },
    { name: `Size: ${name} (gzip)`, unit: 'kB', median: kB(gz), note: files.join(' + ') },
  ];
}

export function sizeFigures(dir: string): Figure[] {
  const [launcherRaw, launcherGz] = entry(dir, 'launcher (Sync-tab watcher), every admin page', ['launcher.js']) as [Figure, Figure];
  return [
    launcherRaw,
    atMost(launcherGz, 5),
    ...entry(dir, 'launcher button, injected on the Sync tab', ['launcher-button.js']),
    ...entry(dir, 'wizard content script (places the frame, relays CRM calls), on click', ['content-scripts/wizard.js']),
    ...entry(dir, 'wizard panel (extension-origin frame), on click', ['wizard-frame.html', 'wizard-frame.js']),
    ...entry(dir, 'background', ['background.js']),
    ...entry(dir, 'popup', pageAssets(dir, 'popup.html')),
    ...entry(dir, 'options', pageAssets(dir, 'options.html')),
  ];
}
