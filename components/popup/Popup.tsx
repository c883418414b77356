import { useState } from 'preact/hooks';
import type { Effort, Level, Run } from '../../utils/core/types';
import { adviceSession } from '../../utils/i18n/advice-text';
import { HistoryPanel } from '../history/HistoryPanel';
import type { HistoryBar, WeekGlance } from '../../utils/views/week-glance';
import { LevelPicker } from '../LevelPicker';
import { AdvicePanel } from './AdvicePanel';
import { LevelSuggestion } from './LevelSuggestion';
import type { CurrentRun, LevelSuggestionView } from '../../utils/views/popup-model';
import { ManualRunForm } from './ManualRunForm';
import { MobilityOffer } from './MobilityOffer';
import { NoRun } from './NoRun';
import { RunSummary } from './RunSummary';
import { SessionPreview } from './SessionPreview';
import { CornerCardNote, PageNote, PageUnreadable, SitePaused, type TabPageView } from './TabPage';
import { Tabs } from './Tabs';
import type { UnitSystem } from '../../utils/core/types';
import { WeekPanel } from './WeekPanel';
import { t } from '../../utils/i18n';
import type { WeekPlanView } from '../../utils/views/week-plan-view';

export interface PopupProps {
  now: number;
  level: Level;
  unit: UnitSystem;
  current?: CurrentRun;
  week: WeekGlance;
  /** The last weeks for the History tab, worked out on first use. */
  loadHistory: () => HistoryBar[];
  /** The next 7 days, asked for after the first paint (undefined until then). */
  weekPlan?: WeekPlanView;
  /** A message from the last failed action, shown until the next one. */
  error?: string;
  busy?: boolean;
  onLevel: (level: Level) => void;
  onCorrect: (runKey: string, effort: Effort | null) => void;
  /** Opens the guided session; without a run key it stands on its own (the mobility routine). */
  onStart: (sessionId: string, runKey?: string) => void;
  onLog: (status: 'done' | 'skipped', sessionId: string, runKey: string) => void;
  onUndo: (runKey: string) => void;
  onAddRun: (run: Run) => Promise<void>;
  onOpenOptions: () => void;
  /** Where the calendar file cannot download in the popup (Firefox): opens History in a tab instead. */
  onOpenCalendarPage?: () => void;
  /** A level change the runner's session ratings point to; the runner decides. */
  levelSuggestion?: LevelSuggestionView;
  onDismissLevelSuggestion?: () => void;
  /** The Strava or Garmin page in the tab the popup was opened over, if any. */
  tabPage?: TabPageView;
  onPauseSite?: () => void;
  onResumeSite?: () => void;
  onCopyReport?: () => Promise<void>;
}

const TABS = [
  { id: 'today', label: () => t('popup.tabs.today') },
  { id: 'history', label: () => t('popup.tabs.history') },
] as const;

/**
 * What the popup says first about the page in the tab: paused on its site, could not read it, or (one line) that the
 * activity is not a run or not the runner's. Nothing when it shows the run in the tab or the tab is elsewhere.
 */
function TabPageNotice(props: PopupProps & { unreadable: boolean }) {
  const page = props.tabPage;
  if (!page) return null;
  if (page.paused) {
    return <SitePaused siteName={page.siteName} busy={props.busy} onResume={() => props.onResumeSite?.()} />;
  }
  if (props.unreadable) {
    return (
      <PageUnreadable
        page={page}
        now={props.now}
        unit={props.unit}
        busy={props.busy}
        onAddRun={props.onAddRun}
        onCopyReport={() => props.onCopyReport?.() ?? Promise.reject(new Error('no clipboard'))}
        onPause={() => props.onPauseSite?.()}
      />
    );
  }
  if (page.cornerCard) {
    return (
      <CornerCardNote
        page={page}
        onCopyReport={() => props.onCopyReport?.() ?? Promise.reject(new Error('no clipboard'))}
      />
    );
  }
  const verdict = page.verdict;
  return (verdict === 'not-run' || verdict === 'not-own') && !props.current?.fromTab ? (
    <PageNote siteName={page.siteName} verdict={verdict} />
  ) : null;
}

function Today(props: PopupProps) {
  const { current, now } = props;
  // An unreadable page brings its own hand-entry form (prefilled): the usual one is left out, never shown twice.
  const unreadable =
    !!props.tabPage && !props.tabPage.paused && props.tabPage.verdict === 'unreadable' && !current?.fromTab;
  const notice = <TabPageNotice {...props} unreadable={unreadable} />;
  if (!current) {
    return (
      <>
        {notice}
        {!unreadable && (
          <>
            <NoRun />
            <div class="panel">
              <ManualRunForm now={now} onSubmit={props.onAddRun} />
            </div>
          </>
        )}
        <WeekPanel week={props.week} plan={props.weekPlan} onOpenCalendarPage={props.onOpenCalendarPage} />
      </>
    );
  }
  const { run, runKey, classification, advice, overridden, fromTab, logged } = current;
  const session = adviceSession(advice);
  const mobility = advice.mobility;
  return (
    <>
      {notice}
      <RunSummary
        run={run}
        classification={classification}
        overridden={overridden}
        fromTab={fromTab}
        unit={props.unit}
        onCorrect={(effort) => props.onCorrect(runKey, effort)}
      />
      <AdvicePanel
        advice={advice}
        now={now}
        logged={logged}
        busy={props.busy}
        onUndo={() => props.onUndo(runKey)}
        onMarkHard={() => props.onCorrect(runKey, 'hard')}
      />
      {session && !logged && (
        <SessionPreview
          session={session}
          busy={props.busy}
          onStart={() => props.onStart(session.id, runKey)}
          onDone={() => props.onLog('done', session.id, runKey)}
          onSkip={() => props.onLog('skipped', session.id, runKey)}
        />
      )}
      {mobility && <MobilityOffer session={mobility} onStart={() => props.onStart(mobility.id)} />}
      <WeekPanel week={props.week} plan={props.weekPlan} onOpenCalendarPage={props.onOpenCalendarPage} />
      {!unreadable && (
        <details class="panel manual-details">
          <summary>{t('popup.logByHand')}</summary>
          <ManualRunForm now={now} onSubmit={props.onAddRun} />
        </details>
      )}
    </>
  );
}

export function Popup(props: PopupProps) {
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('today');
  return (
    <main class="popup" data-testid="popup">
      <header class="popup-head">
        <h1>{t('app.name')}</h1>
        <button type="button" class="link" data-testid="open-options" onClick={props.onOpenOptions}>
          {t('popup.settings')}
        </button>
      </header>
      <Tabs
        tabs={TABS.map(({ id, label }) => ({ id, label: label() }))}
        selected={tab}
        onSelect={setTab}
        label={t('popup.tabs.label')}
      />
      {props.error && (
        <p class="status error" role="alert" data-testid="popup-error">
          {props.error}
        </p>
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tab-panel">
        {tab === 'today' && props.levelSuggestion && (
          <LevelSuggestion
            key={props.levelSuggestion.key}
            suggestion={props.levelSuggestion}
            busy={props.busy}
            onSwitch={props.onLevel}
            onDismiss={() => props.onDismissLevelSuggestion?.()}
          />
        )}
        {tab === 'today' ? (
          <Today {...props} />
        ) : (
          <HistoryPanel
            week={props.week}
            weeks={props.loadHistory()}
            unit={props.unit}
            plan={props.weekPlan}
            onOpenCalendarPage={props.onOpenCalendarPage}
          />
        )}
      </div>
      <LevelPicker level={props.level} onChange={props.onLevel} explain={false} compact />
    </main>
  );
}
