import { t, uiLanguage, type TextKey } from '../i18n';

/**
 * An extension page in the browser's language: its tab title and the `lang` attribute (screen readers pick their
 * voice from it, and hyphenation follows it). The HTML's English title only shows until the script runs.
 */
export function localizePage(titleKey: TextKey & `page.${string}`): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
