// Save a document as a file the consultant picks up from the browser's downloads.
export function downloadText(fileName: string, type: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadJson(fileName: string, data: unknown, doc: Document = document): void {
  downloadText(fileName, 'application/json', JSON.stringify(data, null, 2), doc);
}

/** A file name from what the consultant called the draft: letters, digits, dashes. */
export function safeFileName(name: string, fallback: string): string {
  const base = name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || fallback}.erp-sync-draft.json`;
}
