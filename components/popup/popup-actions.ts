/** What the popup's buttons do. The popup entrypoint implements it with browser APIs; components only call it. */
export type SaveFormat = 'html' | 'md' | 'txt' | 'json';

export interface PopupActions {
  openReader(): Promise<void>;
  openPage(url: string): Promise<void>;
  openLibrary(): Promise<void>;
  /** On a list page: save every linked article to the library, with progress, in the library page. */
  saveAll(): Promise<void>;
  /** Each resolves to the status line to show, or rejects with an Error whose message says what failed. */
  save(format: SaveFormat): Promise<string>;
  copyMarkdown(): Promise<string>;
  copyCitation(): Promise<string>;
  addToLibrary(): Promise<string>;
  saveDiagnostic(): Promise<string>;
  retry(): Promise<void>;
}
