import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: { target: 'es2022', sourcemap: process.env.HD_SOURCEMAP ? true : false },
  }),
  zip: {
    // The store reviewer's source zip: the code and how to build it, not test output.
    excludeSources: ['test-results/**', 'bench/results/**'],
  },
  hooks: {
    // Content scripts run on the host page on every visit: they use the browsers' native promise-based API (all they
    // call is runtime.id/getURL, sendMessage and storage.onChanged) and leave the polyfill to the extension pages.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry) => entry.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'HardDay',
    description: 'Strength training placed right: after your hard runs, never on easy days.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://www.strava.com/*', 'https://connect.garmin.com/*'],
    action: { default_title: 'HardDay' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hardday@hardday.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
