import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { ADMIN_PAGE_MATCHES, SUPEROFFICE_HOSTS } from './lib/hosts';
import { noRawHtml } from './build/no-raw-html';

// One manifest for Chrome/Edge (MV3) and Firefox (MV2). Host access is SuperOffice only;
// connector hosts are asked for at run time, one origin at a time.
// Connector hosts: none granted at install; one origin at a time on the consultant's click.
const CONNECTOR_HOSTS = ['https://*/*', 'http://*/*'];

// The e2e tests' build: identical but for two pre-granted hosts, because a headless browser
// cannot answer the permission prompt: the loopback connector host, and the host that plays an
// onsite SuperOffice installation. Never shipped.
const TEST_BUILD = process.env.ERP_SYNC_TEST_BUILD === '1';
// localhost: the health check's connector that the browser reaches and the CRM cannot (issue 17, tenant Cust55555).
const TEST_HOSTS = ['http://127.0.0.1/*', 'https://crm.customer.example/*', 'http://localhost/*'];
const OUT = process.env.ERP_SYNC_OUT ?? '.output';
// The frame's page (public/wizard-frame.html) and its one classic script (entrypoints/wizard-frame.tsx).
const WIZARD_FRAME_FILES = ['wizard-frame.html', 'wizard-frame.js'];

export default defineConfig({
  srcDir: '.',
  // ERP_SYNC_OUT lets parallel work trees of one checkout build side by side (default .output).
  outDir: `${OUT}${TEST_BUILD ? '-test' : ''}`,
  webExt: { disabled: true },
  vite: () => ({ plugins: [noRawHtml(), preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['scripting', 'storage'],
    host_permissions: TEST_BUILD ? [...SUPEROFFICE_HOSTS, ...TEST_HOSTS] : SUPEROFFICE_HOSTS,
    optional_host_permissions: CONNECTOR_HOSTS,
    // The launcher (entrypoints/launcher.ts) is a plain script: see why there. In every frame of
    // an admin page: the Sync tab's lists may sit in a frame of it.
    content_scripts: [{ matches: ADMIN_PAGE_MATCHES, js: ['launcher.js'], run_at: 'document_idle', all_frames: true }],
    // The wizard's frame (public/wizard-frame.html, entrypoints/wizard-frame.tsx) may be framed by SuperOffice pages and, since
    // onsite installations are added at run time and a manifest cannot name them, by https pages.
    // use_dynamic_url: served only at the per-session dynamic id the content script is given, so
    // another site cannot probe for the extension at its fixed id (the ticket goes to the frame
    // document's own origin: lib/page/wizard-frame.ts).
    // http: pages never (lib/onsite/address.ts). A frame a page made itself gets nothing: see
    // lib/background/frames.ts.
    web_accessible_resources:
      browser === 'firefox'
        ? WIZARD_FRAME_FILES
        : [{ resources: WIZARD_FRAME_FILES, matches: [...SUPEROFFICE_HOSTS, 'https://*/*'], use_dynamic_url: true }],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-wizard': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandOpenWizard__',
      },
    },
    // The launcher's screen check needs Element.checkVisibility (Chrome 105); storage.session
    // (102) and Object.hasOwn (93) come before it. Older browsers are told, not left without a launcher.
    ...(browser === 'firefox'
      ? {
          // Firefox MV2 names optional host access in optional_permissions.
          optional_permissions: CONNECTOR_HOSTS,
          browser_specific_settings: {
            gecko: {
              id: 'erp-sync-wizard@superoffice-consultants.example',
              // 140 (ESR) is the first to know data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the consultant's browser except calls to their own CRM and connectors.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
