// Copy or download the check for the customer's ticket (lib/existing/report.ts: no secrets).
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang';
import { reportJson, reportMarkdown } from '../../lib/existing/report';
import type { ExistingState } from '../../lib/existing/state';
import { existingTexts } from './texts';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportActions({ ex, lang }: { ex: ExistingState; lang: Lang }) {
  const t = existingTexts(lang);
  const [said, setSaid] = useState('');
  const report = ex.report();
  if (!report) return null;
  const base = `erp-sync-check-${report.tenant}-${report.startedAt.slice(0, 10)}`;
  const md = reportMarkdown(report);
  return (
    <div class="report">
      <h4>{t.report}</h4>
      <button type="button" onClick={() => navigator.clipboard.writeText(md).then(() => setSaid(t.copied), () => setSaid(t.copyFailed))}>
        {t.copyMd}
      </button>
      <button type="button" onClick={() => download(`${base}.md`, 'text/markdown', md)}>
        {t.downloadMd}
      </button>
      <button type="button" onClick={() => download(`${base}.json`, 'application/json', reportJson(report))}>
        {t.downloadJson}
      </button>
      <span role="status">{said}</span>
      <details>
        <summary>Markdown</summary>
        <pre data-testid="existing-report">{md}</pre>
      </details>
    </div>
  );
}
