// The no-English-in-components rule is real: words in JSX text, in a text prop or as a string child fail lint in
// components/, and the same markup through t() passes (guards against the selectors silently matching nothing).
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function textErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => /locales/.test(m.message)).length;
}

const wrap = (jsx: string) => `import { t } from '../utils/i18n';\nexport const Probe = () => ${jsx};\n`;

describe('user-facing text in components', () => {
  test.each([
    '<p>Hard day</p>',
    "<p>{'Easy day'}</p>",
    '<button aria-label="Start the session" />',
    '<img alt="Runner" />',
    '<Field label="Race date" />',
  ])('%s is refused', async (jsx) => {
    expect(await textErrors('components/probe.tsx', wrap(jsx))).toBe(1);
  });

  test.each([
    "<p>{t('common.hardDay')}</p>",
    '<p class="muted" data-testid="week">{\' · \'}{3}</p>',
    "<button aria-label={t('common.start')} />",
  ])('%s is allowed', async (jsx) => {
    expect(await textErrors('components/probe.tsx', wrap(jsx))).toBe(0);
  });

  test('tests may write English', async () => {
    expect(await textErrors('components/probe.test.tsx', wrap('<p>Hard day</p>'))).toBe(0);
  });
}, 60_000);
