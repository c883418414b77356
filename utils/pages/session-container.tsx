import { t } from '../i18n';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Player } from '@/components/session/Player';
import { formatWhen } from '@/utils/i18n/format';
import { sessionTitle } from '@/utils/i18n/training-text';
import { sendMessage } from '../messaging/protocol';
import { soundIsOn } from '../store/schemas';
import { LOCAL_TIME_ZONE } from '../platform';
import { chooseSession, EXERCISE_INFO, type SessionChoice } from '../views/session-model';
import { useFloorAids } from './floor-aids';
import { useStoredState } from './stored-state';

export function SessionContainer() {
  const state = useStoredState();
  // Chosen once: a later storage change (e.g. this very session being logged) must not swap the session mid-way.
  const chosen = useRef<SessionChoice | undefined>(undefined);
  // The entry the finish logged (by date and session), so the rating lands on it.
  const loggedAt = useRef<string | undefined>(undefined);
  if (!chosen.current && state)
    chosen.current = chooseSession(location.search, state, new Date(), LOCAL_TIME_ZONE);
  const choice = chosen.current;
  // The beeps switch answers at once; the stored preference follows, for the next session.
  const [soundChoice, setSoundChoice] = useState<boolean | undefined>(undefined);
  const soundOn = soundChoice ?? (state ? soundIsOn(state.prefs) : true);
  const onTimer = useFloorAids(soundOn);
  useLayoutEffect(() => {
    if (choice) {
      document.title = `${sessionTitle(choice.session.title)} · HardDay`;
      document.body.dataset.ready = 'true';
    }
  }, [choice]);

  if (!choice) return <p class="loading">{t('common.loading')}</p>;
  const { session, runKey, run, notice } = choice;
  const when = run ? formatWhen(run.start) : '';
  const context = run
    ? run.title.trim()
      ? t('session.afterRun', { title: run.title.trim(), when })
      : t('session.afterYourRun', { when })
    : undefined;
  return (
    <Player
      session={session}
      exercises={EXERCISE_INFO}
      context={context}
      notice={notice}
      onFinish={() => {
        // A retry logs the same entry again (same date), never a second one.
        loggedAt.current ??= new Date().toISOString();
        return sendMessage('logStrength', {
          date: loggedAt.current,
          sessionId: session.id,
          status: 'done',
          ...(runKey ? { runId: runKey } : {}),
        });
      }}
      onRate={async (rpe) => {
        const date = loggedAt.current;
        if (!date) throw new Error('The session is not logged yet.');
        const saved = await sendMessage('setStrengthRpe', { date, sessionId: session.id, rpe });
        if (!saved) throw new Error('The logged session is no longer in the log.');
      }}
      onClose={() => window.close()}
      onTimer={onTimer}
      soundOn={soundOn}
      onSoundChange={(on) => {
        setSoundChoice(on);
        sendMessage('updatePrefs', { soundOn: on }).catch((error: unknown) =>
          console.warn('HardDay: the beeps setting was not saved', error),
        );
      }}
    />
  );
}
