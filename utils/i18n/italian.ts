// Italian merges the article into the preposition before a clock time, and "l’una" (one o'clock) elides it:
// "alle 18:10", "dalle 0:10", but "all’1:10", "dall’1:10", "dopo l’1:10". The messages are written for the other
// hours ("fino alle {clock}"); this mends the one hour that reads differently, right before its placeholder. Only the
// pages that say clock times import it (through `translate` and `tClock`), so the in-page card does not carry it.

/** A clock time in the one o'clock hour as Intl writes it in Italian: "1:10" (24-hour, no leading zero), or "01:10". */
const ONE_OCLOCK = /^0?1[:.]\d\d$/;
/** An article, alone or merged into a preposition, right before a placeholder: "alle {clock}", "dopo le {clock}". */
const ARTICLE_BEFORE = /(^|[^\p{L}])(alle|dalle|delle|sulle|nelle|le) \{(\w+)\}/giu;

/**
 * `message` with the article before each placeholder whose value is a clock time at one o'clock elided:
 * ("fino alle {clock}", clock "1:10") → "fino all’{clock}". Other values and texts come back unchanged.
 */
export function elideBeforeOneOClock(
  message: string,
  values: Readonly<Record<string, string | number>> | undefined,
): string {
  if (!values) return message;
  return message.replace(ARTICLE_BEFORE, (match, lead: string, article: string, name: string) =>
    ONE_OCLOCK.test(String(values[name] ?? '')) ? `${lead}${article.slice(0, -1)}’{${name}}` : match,
  );
}
