import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A workspace folder made afresh for each test of a suite (`each()`, called inside its describe) and removed after
 * it: the corpus file tests write real folders and compare what a walk finds.
 */
export class TempWorkspace {
  private tmp?: string;

  constructor(private readonly prefix: string) {}

  /** Registers the hooks that make the folder before each test of the enclosing suite and remove it after. */
  each(): void {
    beforeEach(() => {
      this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), this.prefix));
      fs.mkdirSync(this.root);
    });
    afterEach(() => fs.rmSync(this.tmp!, { recursive: true, force: true }));
  }

  /** The workspace folder (inside a temporary folder of its own, so tests can reach outside it). */
  get root(): string {
    return path.join(this.tmp!, 'ws');
  }

  /** The temporary folder holding the workspace. */
  get outside(): string {
    return this.tmp!;
  }

  /** Writes a file at a workspace-relative path, making its folders; returns its absolute path. */
  readonly write = (rel: string, content: string | Buffer = 'Teks sumber.\n'): string => {
    const file = path.join(this.root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };

  /** Absolute paths as workspace-relative ones with forward slashes. */
  readonly rels = (files: string[]): string[] => files.map(f => path.relative(this.root, f).split(path.sep).join('/'));
}
