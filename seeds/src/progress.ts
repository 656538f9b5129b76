import { SingleBar, Presets } from 'cli-progress';

/** A progress bar on a terminal, plain log lines elsewhere (CI, piped output). */
export interface Progress {
  start(label: string, total: number): void;
  increment(by?: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stdout): Progress {
  if (!stream.isTTY) return new PlainProgress(stream);
  let bar: SingleBar | undefined;
  return {
    start(label, total) {
      bar = new SingleBar({ format: `${label.padEnd(28)} {bar} {value}/{total}`, stream }, Presets.shades_classic);
      bar.start(total, 0);
    },
    increment(by = 1) {
      bar?.increment(by);
    },
    stop() {
      bar?.stop();
    },
  };
}

class PlainProgress implements Progress {
  private label = '';
  private total = 0;
  private done = 0;
  constructor(private readonly stream: NodeJS.WriteStream) {}
  start(label: string, total: number) {
    this.label = label;
    this.total = total;
    this.done = 0;
  }
  increment(by = 1) {
    this.done += by;
  }
  stop() {
    this.stream.write(`${this.label}: ${this.done}/${this.total}\n`);
  }
}
