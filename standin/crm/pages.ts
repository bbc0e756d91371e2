// The HTML pages: the admin client (Settings and maintenance) and the CRM's main client placeholder.
// Static files under static/ are read once and inlined: no framework, no build step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { esc } from '../connector/xml-writer.ts';
import type { Lang } from './i18n.ts';
import { VARIANTS_SCRIPT } from './variants.ts';

const dir = join(import.meta.dirname, 'static');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const ASSETS = { css: read('admin.css'), texts: read('texts.js'), admin: read('admin.js'), dialogs: read('dialogs.js') };

const NAV: Record<Lang, Array<[string, string, string]>> = {
  en: [['users', '#users', 'Users'], ['lists', '#lists', 'Lists'], ['quote-sync', '#quote-sync/quote', 'Quote/Sync']],
  no: [['users', '#users', 'Brukere'], ['lists', '#lists', 'Lister'], ['quote-sync', '#quote-sync/quote', 'Tilbud/Sync']],
};

// The hidden input is named `XSRF_TOKEN` (underscore), as docs/en/api/web-services/webapi/index.md
// ("X-XSRF-TOKEN") describes the SuperOffice pages.
export function adminPage(custId: string, lang: Lang, xsrf: string): string {
  const title = lang === 'no' ? 'Innstillinger og vedlikehold' : 'Settings and maintenance';
  const nav = NAV[lang].map(([id, href, label]) => `<li><a href="${href}" data-screen="${id}">${esc(label)}</a></li>`).join('');
  const config = JSON.stringify({ custId, lang }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${title} - SuperOffice CRM</title><meta name="viewport" content="width=device-width,initial-scale=1"><style>${ASSETS.css}</style></head>
<body>
<form id="aspnetForm" onsubmit="return false"><input type="hidden" name="XSRF_TOKEN" value="${esc(xsrf)}"></form>
<header class="topbar"><span class="brand">SuperOffice</span><h1>${title}</h1><span class="tenant">${esc(custId)}</span></header>
<div class="layout">
<nav class="navigator" aria-label="${lang === 'no' ? 'Navigator' : 'Navigator'}"><ul>${nav}</ul></nav>
<main id="screen" aria-live="polite"></main>
</div>
<script>window.SO_CONFIG=${config};</script>
<script>${ASSETS.texts}</script>
<script>${VARIANTS_SCRIPT}</script>
<script>${ASSETS.admin}</script>
<script>${ASSETS.dialogs}</script>
</body>
</html>`;
}

export function mainClientPage(custId: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SuperOffice CRM</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;margin:0"><header style="background:#0a3a5c;color:#fff;padding:12px 16px">SuperOffice CRM – ${esc(custId)}</header>
<main style="padding:16px"><h1>Diary</h1><p>This is the CRM's main client (a placeholder in the stand-in). Settings and maintenance is at <a href="admin/default.aspx">admin/default.aspx</a>.</p></main></body></html>`;
}
