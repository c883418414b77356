// The import zones are real: a forbidden import in each context fails lint with the zone's message, and the same
// file with an allowed import passes. (Guards against a zone silently matching nothing after a folder move.)
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('import zones', () => {
  test.each([
    [
      'utils/background/probe.ts',
      "import { PopupContainer } from '../pages/popup-container';",
      /background never/,
    ],
    [
      'utils/content/probe.ts',
      "import { createPopupViews } from '../background/popup-views';",
      /Content scripts/,
    ],
    ['utils/content/probe.ts', "import { settingsItem } from '../store/items';", /Content scripts/],
    ['utils/pages/probe.ts', "import { registerHandlers } from '../background/handlers';", /Extension pages/],
    ['utils/core/probe.ts', "import { browser } from 'wxt/browser';", /pure/],
    ['utils/views/probe.ts', "import { sendMessage } from '../messaging/protocol';", /view models/],
    ['utils/views/probe.ts', "import { DEFAULT_PREFS } from '../store/schemas';", /types only/],
    ['components/probe.tsx', "import { buildPopupModel } from '../utils/views/popup-model';", /types only/],
    ['components/probe.tsx', "import { browser } from 'wxt/browser';", /props/],
    ['utils/store/probe.ts', "import { stravaActivityId } from '../sites/strava/urls';", /utils\/core only/],
    ['utils/core/probe.ts', "import { t } from '../i18n';", /pure/],
    ['utils/sites/probe.ts', "import { t } from '../i18n';", /utils\/sites may import/],
    ['utils/views/probe.ts', "import { t } from '../i18n';", /types only/],
    ['utils/i18n/probe.ts', "import { sendMessage } from '../messaging/protocol';", /browser.i18n/],
    ['components/probe.tsx', "import { i18n } from '#i18n';", /props/],
  ])('%s: %s is refused', async (file, code, message) => {
    const errors = await importErrors(file, `${code}\nexport const probe = 1;\n`);
    expect(errors.length, `no zone caught it in ${file}`).toBe(1);
    expect(errors[0]).toMatch(message);
  });

  test.each([
    ['utils/views/probe.ts', "import type { Prefs } from '../store/schemas';"],
    ['components/probe.tsx', "import type { PopupModel } from '../utils/views/popup-model';"],
    ['utils/background/probe.ts', "import { buildPopupView } from '../views/popup-model';"],
    ['utils/pages/probe.ts', "import { Popup } from '@/components/popup/Popup';"],
    ['components/probe.tsx', "import { t } from '../utils/i18n';"],
    ['utils/views/probe.ts', "import type { MessageKey } from '../i18n';"],
    ['utils/content/probe.ts', "import { t } from '../i18n';"],
    ['utils/background/probe.ts', "import { tn } from '../i18n';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await importErrors(file, `${code}\nexport const probe = 1;\n`)).toEqual([]);
  });
}, 60_000);
