// "Show it in the list": find the new connection's row on the CRM page, scroll to it and draw a
// short-lived frame around it, without touching the page's own elements or styles.
const TAG = 'so-erp-sync-highlight';

export function findRowByText(text: string, doc: Document = document): Element | null {
  if (!text) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('so-erp-sync-wizard, so-erp-sync-launcher')) continue;
    if ((n.nodeValue ?? '').trim() === text) return parent.closest('tr, li, [role="row"]') ?? parent;
  }
  return null;
}

export function revealInCrmList(name: string, doc: Document = document): boolean {
  const row = findRowByText(name, doc);
  if (!row) return false;
  row.scrollIntoView({ block: 'center' });
  doc.querySelector(TAG)?.remove();
  const r = row.getBoundingClientRect();
  const host = doc.createElement(TAG);
  const box = host.attachShadow({ mode: 'open' });
  const frame = doc.createElement('div');
  frame.style.cssText = `position:fixed;left:${r.left - 4}px;top:${r.top - 4}px;width:${r.width + 8}px;height:${r.height + 8}px;border:3px solid #f2a900;border-radius:4px;pointer-events:none;z-index:2147483645;box-sizing:border-box`;
  box.append(frame);
  doc.body.append(host);
  setTimeout(() => host.remove(), 4000);
  return true;
}
