import { visibleSafeLine } from './terminalSafe.js';

/** A one-line progress display on a terminal; silent when not a TTY or with --json. */
export interface Progress {
  update(text: string): void;
  done(): void;
}

export function createProgress(
  stream: { write(text: string): unknown },
  enabled: boolean,
): Progress {
  if (!enabled) return { update: () => undefined, done: () => undefined };
  let shown = false;
  return {
    update(text) {
      // Only the progress line's own escape codes reach the terminal raw.
      stream.write(`\r\x1b[2K${visibleSafeLine(text)}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
