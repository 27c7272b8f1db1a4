/** How a long piece of main-thread work knows when to give the page a turn. */
export interface SliceTimer {
  /** Whether the current slice has used its budget. */
  spent(): boolean;
  /** Yields to the page for one task, then starts a new slice. */
  yield(): Promise<void>;
}

/**
 * Yields to the page for one task. A message to ourselves rather than setTimeout(0), which
 * browsers stretch to 4 ms once nested: a long article read in 60 slices would wait 240 ms more.
 */
function nextTask(win: Window): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new (win as Window & typeof globalThis).MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Slices of `budgetMs` of the page's main thread, timed from construction and from each yield. */
export class SliceClock implements SliceTimer {
  private started: number;

  constructor(
    private readonly win: Window,
    private readonly budgetMs: number,
  ) {
    this.started = win.performance.now();
  }

  spent(): boolean {
    return this.win.performance.now() - this.started > this.budgetMs;
  }

  async yield(): Promise<void> {
    await nextTask(this.win);
    this.started = this.win.performance.now();
  }
}
