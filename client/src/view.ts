// The Sumber view in the activity bar: Sources (with the files Sumber could not read, and why), People and
// organisations (click: every mention, in the references list), and the open draft's Claims (click: the sentence).
// Thin on purpose: each list is a server request (server/src/view.ts), asked again a moment after a corpus is
// indexed or a draft checked; VS Code asks a tree for its rows only while it is visible, so a closed view costs
// nothing.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CLAIMS_REQUEST, ClaimsResult, CoverageParams, MENTIONS_REQUEST, PEOPLE_REQUEST, PeopleResult, SOURCES_REQUEST, SourcesResult, StatusParams, ViewRange,
} from '../../server/src/protocol';
import { describeClaim, describeMorePeople, describePerson, describeSkippedFile, describeSkippedGroup, describeSource, RowText } from './viewText';

/** Opens (and shows) the view container; the status bar item runs it. */
export const FOCUS_VIEW_COMMAND = 'workbench.view.extension.sumber';
/** A person's row runs it with `[folder, id, name]`. */
export const SHOW_MENTIONS_COMMAND = 'sumber.showMentions';

/** Notifications come in bursts (a folder per status, a check per edit): one request for a burst. */
const REFRESH_DELAY_MS = 250;

interface Row { text: RowText; command?: vscode.Command; children?: Row[] }

/** A tree whose rows come from one request, asked again on `refresh`. */
class RequestTree implements vscode.TreeDataProvider<Row> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly rows: () => Promise<Row[]>) {}

  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), REFRESH_DELAY_MS);
  }

  getTreeItem(row: Row): vscode.TreeItem {
    const item = new vscode.TreeItem(row.text.label, row.children ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.description = row.text.description;
    item.tooltip = row.text.tooltip;
    item.iconPath = new vscode.ThemeIcon(row.text.icon, row.text.iconColor ? new vscode.ThemeColor(row.text.iconColor) : undefined);
    item.command = row.command;
    return item;
  }

  async getChildren(row?: Row): Promise<Row[]> {
    if (row) return row.children ?? [];
    // A server still starting, or gone, has no rows to give: the view's welcome text says what to do.
    return this.rows().catch(() => []);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}

const toRange = (r: ViewRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
/** Opens a file, or a draft with a sentence selected, in front: the writer clicked to go there. */
const open = (uri: string, selection?: ViewRange): vscode.Command =>
  ({ title: '', command: 'vscode.open', arguments: [vscode.Uri.parse(uri), { preserveFocus: false, ...(selection ? { selection: toRange(selection) } : {}) }] });

export class SumberView implements vscode.Disposable {
  private readonly sources: RequestTree;
  private readonly people: RequestTree;
  private readonly claims: RequestTree;
  /** The draft whose claims are listed: the editor in front if it is a checked draft, else the last one that was. */
  private draft: string | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly client: LanguageClient, private readonly isCheckedDraft: (uri: string) => boolean) {
    this.sources = new RequestTree(() => this.sourceRows());
    this.people = new RequestTree(() => this.peopleRows());
    this.claims = new RequestTree(() => this.claimRows());
    this.disposables = [
      this.sources, this.people, this.claims,
      vscode.window.registerTreeDataProvider('sumber.sources', this.sources),
      vscode.window.registerTreeDataProvider('sumber.people', this.people),
      vscode.window.registerTreeDataProvider('sumber.claims', this.claims),
      vscode.window.onDidChangeActiveTextEditor(() => this.followEditor()),
      vscode.workspace.onDidCloseTextDocument(doc => { if (doc.uri.toString() === this.draft) { this.draft = undefined; this.claims.refresh(); } }),
    ];
  }

  /** A corpus finished indexing (or failed): its sources and names changed. */
  onStatus(params: StatusParams): void {
    if (params.state === 'indexing') return;
    this.sources.refresh();
    this.people.refresh();
  }

  /** A draft was checked: its claims changed, if it is the one listed or now in front. */
  onCoverage(params: CoverageParams): void {
    if (params.uri === this.draft || params.uri === vscode.window.activeTextEditor?.document.uri.toString()) {
      this.draft = params.uri;
      this.claims.refresh();
    }
  }

  /** A person's row: every mention in the references list, opened at the first that gives the full name. */
  async showMentions(folder: unknown, id: unknown, name: unknown): Promise<void> {
    const found = await this.client.sendRequest<Array<{ uri: string; range: ViewRange }> | null>(MENTIONS_REQUEST, { folder, id, name });
    if (!found?.length) {
      // Re-indexed since the list was drawn: draw it again.
      this.people.refresh();
      void vscode.window.showInformationMessage(vscode.l10n.t('The sources changed since this list was made; it is up to date now.'));
      return;
    }
    const locations = found.map(l => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range)));
    await vscode.commands.executeCommand('editor.action.showReferences', locations[0].uri, locations[0].range.start, locations);
  }

  private followEditor(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    if (!uri || uri === this.draft || !this.isCheckedDraft(uri)) return;
    this.draft = uri;
    this.claims.refresh();
    // Another folder's draft may be checked against another corpus.
    this.people.refresh();
  }

  private async sourceRows(): Promise<Row[]> {
    const { folders } = await this.client.sendRequest<SourcesResult>(SOURCES_REQUEST, {});
    const rowsOf = (f: SourcesResult['folders'][number]): Row[] => {
      const rows: Row[] = f.sources.map(s => ({ text: describeSource(s, vscode.l10n.t), command: open(s.uri) }));
      if (f.skipped.length) {
        rows.push({
          text: describeSkippedGroup(f.skipped.length, vscode.l10n.t),
          children: f.skipped.map(s => ({ text: describeSkippedFile(s), command: { title: '', command: 'revealInExplorer', arguments: [vscode.Uri.parse(s.uri)] } })),
        });
      }
      return rows;
    };
    if (folders.length === 1) return rowsOf(folders[0]);
    return folders.map(f => ({ text: { label: f.name, description: '', tooltip: f.name, icon: 'folder' }, children: rowsOf(f) }));
  }

  private async peopleRows(): Promise<Row[]> {
    const result = await this.client.sendRequest<PeopleResult | null>(PEOPLE_REQUEST, { uri: this.draft ?? vscode.window.activeTextEditor?.document.uri.toString() });
    if (!result) return [];
    const rows: Row[] = result.entries.map(p => ({
      text: describePerson(p, vscode.l10n.t),
      command: { title: '', command: SHOW_MENTIONS_COMMAND, arguments: [result.folder, p.id, p.name] },
    }));
    const more = describeMorePeople(result.entries.length, result.total, vscode.l10n.t);
    return more ? [...rows, { text: more }] : rows;
  }

  private async claimRows(): Promise<Row[]> {
    if (!this.draft) return [];
    const result = await this.client.sendRequest<ClaimsResult | null>(CLAIMS_REQUEST, { uri: this.draft });
    return (result?.claims ?? []).map(c => ({ text: describeClaim(c, vscode.l10n.t), command: open(result!.uri, c.range) }));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
