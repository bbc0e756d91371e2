// Copy or download the check for the customer's ticket (lib/existing/report.ts: no secrets).
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang';
import { reportJson, reportMarkdown } from '../../lib/existing/report';
import { downloadText } from '../../lib/page/download';
import type { ExistingState } from '../../lib/existing/state';
import { existingTexts } from './texts';

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
      <button type="button" onClick={() => downloadText(`${base}.md`, 'text/markdown', md)}>
        {t.downloadMd}
      </button>
      <button type="button" onClick={() => downloadText(`${base}.json`, 'application/json', reportJson(report))}>
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
