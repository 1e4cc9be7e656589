import { LspClient } from './lsp/lsp-client';

// A root hook for the whole mocha run: a language server a test started and never stopped keeps mocha (and so
// CI) waiting forever. After all tests, any such server is killed and the run fails, naming where it was made.
export const mochaHooks = {
  afterAll(): void {
    const left = [...LspClient.running.entries()];
    for (const [client] of left) client.kill();
    if (left.length) throw new Error(`${left.length} language server(s) left running by tests, made at:\n${left.map(([, at]) => at).join('\n--\n')}`);
  },
};
