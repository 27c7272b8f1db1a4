import { isActiveOn, type Settings } from '../core/settings/settings';
import { send } from '../common/send';
import { loadSettings, saveSettings, watchSettings } from '../common/settings-store';
import { runOnPage } from './backstory-page';
import { highlightsSupported } from './highlighter';
import { watchForOrphaning } from './orphan-watch';
import { answerExtension, type PageHandle } from './extension-bridge';
import type { StepBack } from '../common/messages';
import { claimInstance } from './single-instance';

function isContextInvalidated(error: unknown): boolean {
  return /context invalidated|Receiving end does not exist|disconnected port|dead object/i.test(String(error));
}

/** The settings that change what is read: a change restarts the run. The others restyle it in place. */
const runKey = (s: Settings) => JSON.stringify([s.scope]);

function main(): void {
  const life = claimInstance();
  if (window.top !== window || !highlightsSupported()) return;
  watchForOrphaning(() => life.abort(), life.signal);

  let run: { controller: AbortController; key: string; page: PageHandle | null } | null = null;
  let active = false;
  let latest: Settings | null = null;
  // Why Backstory left this page, if it did: it stays out (marks removed) until the page reloads,
  // or, for lost site access, until the access is given back.
  let stepBack: StepBack | null = null;
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const reportCount = (entityCount: number) => {
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(() => void send('content-bg:page-stats', { entityCount }).catch(() => undefined), 100);
  };
  const stopRun = () => {
    if (run) reportCount(0);
    run?.controller.abort();
    run = null;
  };
  life.signal.addEventListener('abort', stopRun);

  const stepBackFor = (reason: StepBack) => {
    stepBack = reason;
    active = false;
    stopRun();
  };
  const apply = (settings: Settings) => {
    latest = settings;
    active = isActiveOn(settings, location.hostname) && stepBack === null;
    const key = runKey(settings);
    // A run still on its first scan has no handle yet: restarting it is the simple, rare case.
    if (!active || run?.key !== key || !run.page) stopRun();
    if (active && run?.page) run.page.restyle(settings);
    if (!active || run) return;
    const controller = new AbortController();
    life.signal.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
    const current = (run = { controller, key, page: null as PageHandle | null });
    runOnPage(controller.signal, window, {
      ...settings,
      onMute: (entityId) => void saveSettings({ muted: [...new Set([...(latest ?? settings).muted, entityId])] }),
      onMarksChanged: reportCount,
      onOverwhelmed: () => stepBackFor('busy-page'),
    }).then((page) => {
      current.page = page;
    }, (error: unknown) => {
      controller.abort();
      if (isContextInvalidated(error)) life.abort(); // orphaned by a reload: clean up quietly
      else console.warn('Backstory:', error);
    });
  };

  // The background says a site permission changed: ask whether this page is still ours to read.
  const recheckAccess = async () => {
    const allowed = await send('content-bg:has-access', {});
    if (!allowed) stepBackFor('no-access');
    else if (stepBack === 'no-access') {
      stepBack = null;
      if (latest) apply(latest);
    }
  };
  answerExtension(() => ({ page: run?.page ?? null, active, stepBack }), recheckAccess, life.signal);
  watchSettings(({ settings }) => apply(settings), life.signal);
  loadSettings()
    .then(({ settings }) => apply(settings))
    .catch((error: unknown) => (isContextInvalidated(error) ? life.abort() : console.warn('Backstory:', error)));
}

main();
