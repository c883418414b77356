import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: { target: 'es2022' },
  }),
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
