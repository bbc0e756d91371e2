import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SUPEROFFICE_HOSTS } from './lib/hosts';

// One manifest for Chrome/Edge (MV3) and Firefox (MV2). Host access is SuperOffice only;
// connector hosts are asked for at run time, one origin at a time.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['scripting', 'storage'],
    host_permissions: SUPEROFFICE_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-wizard': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandOpenWizard__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'erp-sync-wizard@superoffice-consultants.example', strict_min_version: '115.0' } } }
      : {}),
  }),
});
