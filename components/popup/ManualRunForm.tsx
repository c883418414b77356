import { useState } from 'preact/hooks';
import type { Run, RunKind } from '../../utils/core/types';
import { MANUAL_KINDS, manualKindLabel, manualRun } from './manual-run';
import { t } from '../../utils/i18n';

/** What a page showed of a run HardDay could not read: the form starts from it. */
export interface ManualPrefill {
  /** ISO instant. */
  start?: string;
  elapsedS?: number;
  distanceM?: number;
}

interface Props {
  now: number;
  onSubmit: (run: Run) => Promise<void>;
  /** Starting values instead of the guess (a run that ended about now). */
  initial?: ManualPrefill;
  heading?: string;
  /** Says the distance is saved with the run ("Saved with the distance the page shows: 8.2 km"). */
  distanceNote?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** "Log a run by hand" for runs the sites cannot show: start, duration and what kind of run it was. */
export function ManualRunForm({ now, onSubmit, initial, heading, distanceNote }: Props) {
  // The page's start when it showed one, else a sensible guess: a run that ended about now, started an hour ago on
  // the quarter hour.
  const [defaults] = useState(() => {
    const shown = initial?.start ? new Date(initial.start) : undefined;
    return shown && !Number.isNaN(shown.getTime())
      ? shown
      : new Date(Math.floor((now - 3_600_000) / 900_000) * 900_000);
  });
  const [date, setDate] = useState(localDate(defaults));
  const [time, setTime] = useState(localTime(defaults));
  const [minutes, setMinutes] = useState(
    initial?.elapsedS ? String(Math.max(1, Math.round(initial.elapsedS / 60))) : '45',
  );
  const [kind, setKind] = useState<RunKind>('easy');
  const [status, setStatus] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    const result = manualRun(
      { date, time, minutes: Number(minutes), kind, distanceM: initial?.distanceM },
      Date.now(),
    );
    if (!result.ok) return setStatus({ tone: 'error', text: result.message });
    setBusy(true);
    onSubmit(result.run).then(
      () => {
        setBusy(false);
        setStatus({ tone: 'ok', text: t('popup.manual.saved') });
      },
      () => {
        setBusy(false);
        setStatus({ tone: 'error', text: t('popup.manual.failed') });
      },
    );
  };

  return (
    <form
      class="manual-run"
      data-testid="manual-run"
      onSubmit={submit}
      aria-labelledby="manual-title"
      noValidate
    >
      <h3 id="manual-title">{heading ?? t('popup.logByHand')}</h3>
      <div class="field-row">
        <label>
          {t('popup.manual.date')}
          <input
            type="date"
            required
            data-testid="manual-date"
            value={date}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('popup.manual.startTime')}
          <input
            type="time"
            required
            data-testid="manual-time"
            value={time}
            onInput={(e) => setTime(e.currentTarget.value)}
          />
        </label>
      </div>
      <div class="field-row">
        <label>
          {t('popup.manual.minutes')}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            required
            data-testid="manual-minutes"
            value={minutes}
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('popup.manual.kind')}
          <select
            data-testid="manual-kind"
            value={kind}
            onChange={(e) =>
              setKind(MANUAL_KINDS.find((k) => k.kind === e.currentTarget.value)?.kind ?? 'easy')
            }
          >
            {MANUAL_KINDS.map((option) => (
              <option key={option.kind} value={option.kind}>
                {manualKindLabel(option.kind)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {initial?.distanceM && distanceNote && (
        <p class="muted" data-testid="manual-distance">
          {distanceNote}
        </p>
      )}
      <button type="submit" class="primary" data-testid="manual-save" disabled={busy}>
        {t('popup.manual.save')}
      </button>
      <p class={`status ${status?.tone ?? ''}`} role="status" data-testid="manual-status">
        {status?.text ?? ''}
      </p>
    </form>
  );
}
