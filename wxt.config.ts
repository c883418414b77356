import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PERMISSIONS, SITE_LIST } from './utils/sites/registry';

export default defineConfig({
  imports: false,
  // WXT builds Firefox as MV2 unless told; HardDay is MV3 in both browsers (output: .output/<browser>-mv3).
  manifestVersion: 3,
  // Messages live in locales/*.yml (srcDir is the repo root); the module writes _locales/<lang>/messages.json and the
  // typed `#i18n` (wrapped by utils/i18n). browser.i18n serves them, so no bundle carries the message tables.
  modules: ['@wxt-dev/i18n/module'],
  // No webextension-polyfill: Chrome's MV3 `chrome.*` and Firefox's `browser.*` are both promise-based for every API
  // HardDay calls, and messages are answered through sendResponse (@webext-core/messaging), the one place the
  // polyfill differed. Measured: 9.6 KB less script in every extension page and the background.
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: { target: 'es2022', sourcemap: process.env.HD_SOURCEMAP ? true : false },
  }),
  zip: {
    // The store reviewer's source zip: the code and how to build it, not test output.
    excludeSources: ['test-results/**', 'bench/results/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_app_name__',
    description: '__MSG_app_description__',
    default_locale: 'en',
    // scripting: the background injects the card feature where a detector found a card may show (decision 0007).
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    // Exactly the pages the content scripts run on, from the site registry.
    host_permissions: [...HOST_PERMISSIONS],
    // Each site's loader, built as an unlisted script rather than a WXT content script: WXT's content-script wrapper
    // sets up its context (and with it the extension API) the moment the script is injected, which Chromium does
    // before the page's load event; the loader does nothing before that event (docs/decisions/0007).
    content_scripts: SITE_LIST.map((site) => ({
      matches: [...site.matches],
      js: [site.loaderScript],
      run_at: 'document_idle',
    })),
    action: { default_title: 'HardDay' },
    // Opens the popup from the keyboard; the runner can change the key in the browser's shortcut settings.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+H' } } },
    ...(browser === 'chrome'
      ? // URL.canParse, used to check every message's URLs, arrived in Chrome 120.
        { minimum_chrome_version: '120' }
      : {}),
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
