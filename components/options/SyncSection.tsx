// "Sync between your browsers": the switch (this browser only; off by default, docs/decisions/0010-sync.md) and how
// the last sync went: when, how much of the browser's sync space it takes, and what did not fit.

import { useState } from 'preact/hooks';
import type { SyncStatusView } from './types';
import { t, tn, uiLocale } from '../../utils/i18n';

interface Props {
  status: SyncStatusView;
  /** Turns sync on or off; the page says whether the change was saved. */
  onSave: (on: boolean) => Promise<void>;
}

/** "July 2019" in the runner's language. */
function monthName(month: string): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(uiLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, index! - 1, 1)),
  );
}

function when(iso: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

function share(bytes: number, quota: number): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(
    bytes / quota,
  );
}

function SyncNotes({ status }: { status: SyncStatusView }) {
  if (!status.on) return <p class="muted">{t('options.sync.offNote')}</p>;
  if (status.problem === 'newer-format') {
    return (
      <p class="status error" role="alert">
        {t('options.sync.newerFormat')}
      </p>
    );
  }
  const lines: string[] = [];
  if (status.lastSyncAt) {
    const used =
      status.bytes !== undefined && status.quotaBytes ? share(status.bytes, status.quotaBytes) : undefined;
    lines.push(
      used
        ? t('options.sync.lastSyncUsed', { when: when(status.lastSyncAt), share: used })
        : t('options.sync.lastSync', { when: when(status.lastSyncAt) }),
    );
  } else lines.push(t('options.sync.starting'));
  return (
    <>
      <p class="muted" data-testid="sync-when">
        {lines.join(' ')}
      </p>
      {status.oldestMonth !== undefined && status.problem !== 'quota' && (
        <p class="status error" role="alert" data-testid="sync-full">
          {status.oldestMonth
            ? tn('options.sync.full', status.leftOut ?? 0, { month: monthName(status.oldestMonth) })
            : t('options.sync.fullNoSessions')}
        </p>
      )}
      {status.problem === 'quota' && (
        <p class="status error" role="alert" data-testid="sync-full">
          {t('options.sync.quota')}
        </p>
      )}
      {status.problem === 'refused' && (
        <p class="status error" role="alert" data-testid="sync-refused">
          {t('options.sync.refused')}
        </p>
      )}
    </>
  );
}

export function SyncSection({ status, onSave }: Props) {
  const [busy, setBusy] = useState(false);
  return (
    <section class="panel" aria-labelledby="sync-title" data-testid="sync-section">
      <h2 id="sync-title">{t('options.sync.title')}</h2>
      <p class="muted">{t('options.sync.intro')}</p>
      <label class="choice-inline">
        <input
          type="checkbox"
          data-testid="sync-on"
          checked={status.on}
          disabled={busy}
          onChange={(e) => {
            setBusy(true);
            void onSave(e.currentTarget.checked).finally(() => setBusy(false));
          }}
        />
        {t('options.sync.toggle')}
      </label>
      <div data-testid="sync-status" data-on={String(status.on)}>
        <SyncNotes status={status} />
      </div>
    </section>
  );
}
