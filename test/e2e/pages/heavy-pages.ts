// Pages that load the main thread (issue 6, cases 4 and 5). The article text is our own.

const FILLER = 'Officials spoke at length about trade, energy and the weather over a long lunch. ';

/**
 * Runs first on every heavy page, in the page's own world: records the page's errors, its long
 * tasks (where the browser reports them: Chromium), when its first rendering was done, and, while `window.frames_` is on, the time
 * of every animation frame and whether Backstory's marks were there at that frame.
 */
const INSTRUMENT = `<script>
  window.pageErrors = [];
  addEventListener('error', (e) => pageErrors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));
  window.longTasks = [];
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  }
  // When the page's own first rendering after parsing is done (the frame after the first one): a
  // very large page's first style and layout is one long task of its own, with or without Backstory.
  addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => requestAnimationFrame((t) => { window.firstFrameDone = t; })));
</script>`;

const shell = (body: string, extraHead = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heavy page</title>${INSTRUMENT}${extraHead}</head><body>${body}</body></html>`;

/**
 * `churn(ms, perSecond)`: replaces the text of one "tick" element per change, `perSecond` changes a
 * second, for `ms`, or until Backstory's marks have been gone for a second; resolves with the
 * number of changes and each animation frame's time and whether marks were painted then. The
 * ticks sit inside paragraphs that name entities, so every change makes Backstory re-read one.
 */
const CHURN = `<script>
  window.churn = (ms, perSecond) => new Promise((resolve) => {
    const ticks = [...document.querySelectorAll('.tick')];
    const every = 20;
    const perTick = Math.round((perSecond * every) / 1000);
    const marked = () => (CSS.highlights.get('backstory-mark')?.size ?? 0) > 0;
    let changes = 0;
    let unmarkedSince = null;
    const frames = [];
    const started = performance.now();
    const frame = (t) => {
      frames.push({ t, marked: marked() });
      if (t - started < ms) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const timer = setInterval(() => {
      for (let i = 0; i < perTick; i++) ticks[changes++ % ticks.length].textContent = String(changes);
      const now = performance.now();
      unmarkedSince = marked() ? null : (unmarkedSince ?? now);
      if (now - started >= ms || (unmarkedSince !== null && now - unmarkedSince > 1000)) {
        clearInterval(timer);
        ms = 0; // stops the frame loop too
        resolve({ changes, frames });
      }
    }, every);
  });
</script>`;

/** A live page that changes a thousand nodes a second once `churn` is called (case 5). */
export const BUSY_PAGE = shell(
  `<main><article><h1>Talks in Sochi, minute by minute</h1>
  ${Array.from({ length: 40 }, (_, i) => `<p>Sergei Lavrov met envoys from Venezuela in Sochi (update <span class="tick">${i}</span>). ${FILLER}</p>`).join('\n')}
  </article></main>`,
  CHURN,
);

/** 100,000 elements in the article: 5,000 paragraphs of 20 elements, two names in each (case 4). */
export const MANY_ELEMENTS_PAGE = shell(
  `<main><article><h1>An archive of briefings</h1>
  ${Array.from(
    { length: 5000 },
    (_, i) => `<p>${'<span>·</span>'.repeat(16)}<b>Briefing ${i}</b>: <i>Russia</i> and <em>Iran</em> were named.</p>`,
  ).join('\n')}
  </article></main>`,
);

/** About 200,000 words in the article: 1,500 paragraphs of ~135 words, three names in each (case 4). */
export const MANY_WORDS_PAGE = shell(
  `<main><article><h1>The long read</h1>
  ${Array.from({ length: 1500 }, (_, i) => `<p>Part ${i}: Sergei Lavrov, Mexico and Uruguay were mentioned. ${FILLER.repeat(9)}</p>`).join('\n')}
  </article></main>`,
);
