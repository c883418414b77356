import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
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
  /**
   * The run was read, but none of the card's usual places was on the page, so the card shows as the corner panel: a
   * sign the site changed its page, worth a bug report.
   */
  cornerCard?: boolean;
  /** The text "copy details for a bug report" copies (an unreadable page, or a card in the corner). */
  bugReport?: string;
}

// The bug-report text itself stays English on purpose: it is read by whoever fixes HardDay, not by the runner.

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
      <h2 id="site-paused-title">{t('popup.tabPage.paused.title', { site: siteName })}</h2>
      <p>{t('popup.tabPage.paused.body', { site: siteName })}</p>
      <button type="button" class="primary" data-testid="resume-site" disabled={busy} onClick={onResume}>
        {t('popup.tabPage.paused.resume', { site: siteName })}
      </button>
    </section>
  );
}

/** One line over the latest run when the page in the tab is an activity HardDay does not advise on. */
export function PageNote({ siteName, verdict }: { siteName: string; verdict: 'not-run' | 'not-own' }) {
  return (
    <p class="note page-note" data-testid="page-note" data-verdict={verdict}>
      {verdict === 'not-run'
        ? t('popup.tabPage.note.notRun', { site: siteName })
        : t('popup.tabPage.note.notOwn', { site: siteName })}
    </p>
  );
}

type Copied = 'ok' | 'failed' | null;

/** Whether the bug report was copied, and the click that copies it. */
function useCopyReport(onCopyReport: () => Promise<void>): [Copied, () => void] {
  const [copied, setCopied] = useState<Copied>(null);
  const copy = () =>
    void onCopyReport().then(
      () => setCopied('ok'),
      () => setCopied('failed'),
    );
  return [copied, copy];
}

/** What copying said, and the report itself under a disclosure (open when the copy failed, to copy by hand). */
function BugReportStatus({ copied, report }: { copied: Copied; report?: string }) {
  return (
    <>
      <p class={`status ${copied === 'failed' ? 'error' : 'ok'}`} role="status" data-testid="copy-status">
        {copied === 'ok'
          ? t('popup.tabPage.unreadable.copied')
          : copied === 'failed'
            ? t('popup.tabPage.unreadable.copyFailed')
            : ''}
      </p>
      <details class="why" open={copied === 'failed'}>
        <summary>{t('popup.tabPage.unreadable.details')}</summary>
        <pre class="bug-report" data-testid="bug-report-text">
          {report}
        </pre>
      </details>
    </>
  );
}

/**
 * The run in the tab was read and its card shows, but in the corner: none of the card's usual places was on the
 * page. Said in a line over the run, with the bug report a click away (issue 15: a redesign shows up here first).
 */
export function CornerCardNote({
  page,
  onCopyReport,
}: {
  page: TabPageView;
  onCopyReport: () => Promise<void>;
}) {
  const [copied, copy] = useCopyReport(onCopyReport);
  return (
    <section class="note corner-card" data-testid="corner-card-note">
      <p>{t('popup.tabPage.corner.body', { site: page.siteName })}</p>
      <button type="button" data-testid="copy-bug-report" onClick={copy}>
        {t('popup.tabPage.unreadable.copy')}
      </button>
      <BugReportStatus copied={copied} report={page.bugReport} />
    </section>
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
  const [copied, copy] = useCopyReport(onCopyReport);
  const { siteName, shown } = page;
  const facts = [
    shown?.title,
    shown?.start && formatWhen(shown.start),
    shown?.distanceM && formatDistanceIn(shown.distanceM, unit),
    shown?.elapsedS && formatRunTime(shown.elapsedS),
  ].filter(Boolean);
  return (
    <section class="panel page-unreadable" data-testid="page-unreadable" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">{t('popup.tabPage.unreadable.title', { site: siteName })}</h2>
      <p>{t('popup.tabPage.unreadable.body', { site: siteName })}</p>
      {facts.length > 0 && (
        <p class="muted" data-testid="unreadable-shown">
          {t('popup.tabPage.unreadable.shown', { facts: facts.join(' · ') })}
        </p>
      )}
      <ManualRunForm
        now={now}
        onSubmit={onAddRun}
        heading={t('popup.tabPage.unreadable.logHeading')}
        initial={shown}
        distanceNote={
          shown?.distanceM
            ? t('popup.tabPage.unreadable.distance', { distance: formatDistanceIn(shown.distanceM, unit) })
            : undefined
        }
      />
      <div class="actions">
        <button type="button" data-testid="copy-bug-report" onClick={copy}>
          {t('popup.tabPage.unreadable.copy')}
        </button>
        <button type="button" data-testid="pause-site" disabled={busy} onClick={onPause}>
          {t('popup.tabPage.unreadable.pause', { site: siteName })}
        </button>
      </div>
      <BugReportStatus copied={copied} report={page.bugReport} />
    </section>
  );
}
