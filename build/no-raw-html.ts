// Preact has one raw-HTML sink (dangerouslySetInnerHTML → element.innerHTML). This extension
// renders no raw HTML, so the sink is closed at build time: such a value would be shown as
// text. It keeps the bundle free of innerHTML, which Firefox's add-on linter rightly flags.
import type { Plugin } from 'vite';

export function noRawHtml(): Plugin {
  return {
    name: 'erp-sync:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]/.test(id) || !code.includes('innerHTML')) return null;
      return { code: code.replace(/\.innerHTML\b/g, '.textContent'), map: null };
    },
  };
}
