// The in-page card's view model: its words, said by the background (utils/background/card-texts.ts) so the
// injected card carries no formatter, no date code and no training vocabulary.

export interface CardTexts {
  /** The run's kind: "Long run", "Intervals". */
  kind: string;
  /** The classification's reasons, in order. */
  reasons: string[];
  /** The advice's headline; absent while a strength window is open (its time left ticks on the card). */
  headline?: string;
  /** The offered session: its title, and "Level 2 · 25 min". */
  session?: { title: string; detail: string };
  /** The short mobility routine: "Mobility routine · 6 min". */
  mobility?: string;
  /** "Level 2". */
  level: string;
}
