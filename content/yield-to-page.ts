interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Ends the current task so the page can handle input and paint, and resumes in a new one.
 * Not a timer: browsers run a hidden tab's timers about once a second, so an article
 * opened in a background tab would take a second a step to read. `scheduler.yield()`
 * where there is one, else a message to ourselves, which no browser throttles that way.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
