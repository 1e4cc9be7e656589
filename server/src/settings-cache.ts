import type { Settings } from './settings';

// Each resource's settings, asked of the client once and kept until it says they changed
// (workspace/didChangeConfiguration, which the server registers for) or the document closes. Asking on every
// request cost a round trip to the client per hover, and while a check runs each such answer waits its turn
// behind the check's slices: a hover took two turns instead of one.

export class SettingsCache {
  private readonly known = new Map<string, Promise<Settings>>();

  /** `read` asks the client; undefined when it could not answer (not kept, so the next request asks again). */
  constructor(private readonly read: (uri: string) => Promise<Settings | undefined>, private readonly fallback: Settings) {}

  get(uri: string): Promise<Settings> {
    const kept = this.known.get(uri);
    if (kept) return kept;
    const asked = this.read(uri).then(settings => {
      if (settings) return settings;
      if (this.known.get(uri) === asked) this.known.delete(uri);
      return this.fallback;
    });
    this.known.set(uri, asked);
    return asked;
  }

  /** The client's settings changed: every resource's are asked again. */
  clear(): void {
    this.known.clear();
  }

  /** A document closed: its settings are no longer kept. */
  forget(uri: string): void {
    this.known.delete(uri);
  }
}
