import { useState } from 'preact/hooks';
import type { ReadVerdict, ShownRun } from '../../utils/views/read-outcome';
import type { Run, UnitSystem } from '../../utils/core/types';
import { formatDistanceIn, formatRunTime, formatWhen } from '../../utils/i18n/format';
import { ManualRunForm } from './ManualRunForm';

/** The Strava or Garmin page the popup was opened over, as far as it matters to the popup (issue 14). */
export interface TabPageView {
  /** "Strava", "Garmin Connect". */
  siteName: string;
  /** The runner paused HardDay on this site: nothing there is read. */
  paused: boolean;
  /** How HardDay's last read of this page ended, when it read it. */
  verdict?: ReadVerdict;
  /** What the page showed of the run (an unreadable page): prefills the hand entry. */
  shown?: ShownRun;
  /** The text "copy details for a bug report" copies (an unreadable page). */
  bugReport?: string;
}

/** The runner has paused HardDay on this site; one click turns it back on. */
export function SitePaused({
  siteName,
  busy,
  onResume,
}: {
  siteName: string;
  busy?: boolean;
  onResume: () => void;
}) {
  return (
    <section class="panel notice site-paused" data-testid="site-paused" aria-labelledby="site-paused-title">
      <h2 id="site-paused-title">HardDay is paused on {siteName}</h2>
      <p>It reads nothing on {siteName} and shows no card there until you resume.</p>
      <button type="button" class="primary" data-testid="resume-site" disabled={busy} onClick={onResume}>
        Resume on {siteName}
      </button>
    </section>
  );
}

/** One line over the latest run when the page in the tab is an activity HardDay does not advise on. */
export function PageNote({ siteName, verdict }: { siteName: string; verdict: 'not-run' | 'not-own' }) {
  return (
    <p class="note page-note" data-testid="page-note" data-verdict={verdict}>
      {verdict === 'not-run'
        ? `This ${siteName} activity is not a run, so here is your latest run.`
        : `This ${siteName} activity is someone else’s, so here is your latest run.`}
    </p>
  );
}

interface UnreadableProps {
  page: TabPageView;
  now: number;
  unit: UnitSystem;
  busy?: boolean;
  onAddRun: (run: Run) => Promise<void>;
  /** Puts the bug-report text on the clipboard; rejects when the browser refuses. */
  onCopyReport: () => Promise<void>;
  onPause: () => void;
}

/**
 * The activity in the tab could not be read (the site changed, its data did not answer): said plainly, with the three
 * ways on: log the run by hand from what the page showed, copy details for a bug report (shown too, so the runner
 * sees there is nothing personal in it), or pause HardDay on the site.
 */
export function PageUnreadable({ page, now, unit, busy, onAddRun, onCopyReport, onPause }: UnreadableProps) {
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const { siteName, shown } = page;
  const facts = [
    shown?.title,
    shown?.start && formatWhen(shown.start),
    shown?.distanceM && formatDistanceIn(shown.distanceM, unit),
    shown?.elapsedS && formatRunTime(shown.elapsedS),
  ].filter(Boolean);
  const copy = () =>
    onCopyReport().then(
      () => setCopied('ok'),
      () => setCopied('failed'),
    );
  return (
    <section class="panel page-unreadable" data-testid="page-unreadable" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">HardDay could not read this {siteName} activity</h2>
      <p>
        {siteName} may have changed its page, or its data did not load, so there is no card here. Nothing from
        this page is saved.
      </p>
      {facts.length > 0 && (
        <p class="muted" data-testid="unreadable-shown">
          The page shows: {facts.join(' · ')}
        </p>
      )}
      <ManualRunForm
        now={now}
        onSubmit={onAddRun}
        heading="Log this run by hand"
        initial={shown}
        distanceText={shown?.distanceM ? formatDistanceIn(shown.distanceM, unit) : undefined}
      />
      <div class="actions">
        <button type="button" data-testid="copy-bug-report" onClick={() => void copy()}>
          Copy details for a bug report
        </button>
        <button type="button" data-testid="pause-site" disabled={busy} onClick={onPause}>
          Pause HardDay on {siteName}
        </button>
      </div>
      <p class={`status ${copied === 'failed' ? 'error' : 'ok'}`} role="status" data-testid="copy-status">
        {copied === 'ok'
          ? 'Copied. Paste it into your bug report.'
          : copied === 'failed'
            ? 'The browser did not let HardDay copy. Select the text below and copy it.'
            : ''}
      </p>
      <details class="why" open={copied === 'failed'}>
        <summary>What the details say</summary>
        <pre class="bug-report" data-testid="bug-report-text">
          {page.bugReport}
        </pre>
      </details>
    </section>
  );
}
