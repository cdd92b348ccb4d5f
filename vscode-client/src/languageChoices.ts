// Which language a text document gets beyond VS Code's own rules. VS Code decides by the file name
// first, so an AWS sample saved as my-aws-download.txt opens as Plain Text, and a language picked by
// hand is forgotten when the file opens again. Here a plain text file is offered to the server's
// detectors (the extension never guesses by itself); one the server calls an AWS sample switches to
// the sample language. That choice, and one the user makes by hand for a file in or out of the
// extension's languages, is kept per file (in the workspace state) and applied again on reopen and
// reload. Pure: the store and the end of a turn are handed in, so the rules are tested without VS Code.

import type { DocumentKind } from './contract';

export const CONFIG_LANGUAGE = 'nec-ix';
export const SAMPLE_LANGUAGE = 'aws-vpn-sample';
export const TRANSCRIPT_LANGUAGE = 'nec-ix-show';
export const PLAIN_TEXT = 'plaintext';
export const OWN_LANGUAGES: readonly string[] = [CONFIG_LANGUAGE, SAMPLE_LANGUAGE, TRANSCRIPT_LANGUAGE];

/** The workspace state key, and how many files it remembers (the oldest choice goes first). */
export const STORE_KEY = 'ixls.documentLanguages';
export const MAX_REMEMBERED = 500;

/** The part of vscode.Memento used here. */
export interface ChoiceStore {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

export type LanguageAction =
  | { readonly kind: 'keep' }
  /** Give the document this language (vscode.languages.setTextDocumentLanguage). */
  | { readonly kind: 'set'; readonly languageId: string }
  /** Ask the server what the document is (ixls.detectDocumentKind). */
  | { readonly kind: 'detect' };

const KEEP: LanguageAction = { kind: 'keep' };
const DETECT: LanguageAction = { kind: 'detect' };

export class LanguageChoices {
  /** Documents closed in this turn, with their language: one that opens again had its language changed. */
  private readonly justClosed = new Map<string, string>();
  /** Languages the extension is setting itself, so that the change is not taken for the user's. */
  private readonly ownChanges = new Map<string, string>();

  /**
   * @param store the workspace state
   * @param endOfTurn runs a function once the current event has been handled (VS Code gives a
   *   document another language by closing and opening it within one call)
   */
  constructor(
    private readonly store: ChoiceStore,
    private readonly endOfTurn: (run: () => void) => void = queueMicrotask,
  ) {}

  /** The language kept for a file, if any. */
  remembered(uri: string): string | undefined {
    return this.entries().find(([known]) => known === uri)?.[1];
  }

  /** VS Code closed a document (or is about to give it another language). */
  closed(uri: string, languageId: string): void {
    this.justClosed.set(uri, languageId);
    this.endOfTurn(() => this.justClosed.delete(uri));
  }

  /**
   * VS Code opened a document, or gave an open one another language. `rememberable`: the document is
   * a file (an untitled document's name is reused for other text).
   */
  opened(uri: string, languageId: string, rememberable: boolean): LanguageAction {
    const before = this.justClosed.get(uri);
    if (before !== undefined) {
      this.justClosed.delete(uri);
      const own = this.ownChanges.get(uri);
      this.ownChanges.delete(uri);
      if (own !== languageId && rememberable && (OWN_LANGUAGES.includes(languageId) || OWN_LANGUAGES.includes(before))) {
        // Picked by hand (Change Language Mode): kept, even when it is away from a language of ours.
        void this.remember(uri, languageId);
      }
      return KEEP;
    }
    const remembered = rememberable ? this.remembered(uri) : undefined;
    if (remembered !== undefined) {
      return remembered === languageId ? KEEP : { kind: 'set', languageId: remembered };
    }
    return this.shouldDetect(uri, languageId) ? DETECT : KEEP;
  }

  /** Whether to ask the server about a document (on open, on save, when the server starts). */
  shouldDetect(uri: string, languageId: string): boolean {
    return languageId === PLAIN_TEXT && this.remembered(uri) === undefined;
  }

  /** The server's answer for a document that is now open as `languageId`. */
  detected(uri: string, languageId: string, kind: DocumentKind, rememberable: boolean): LanguageAction {
    if (kind !== 'awsSample' || !this.shouldDetect(uri, languageId)) {
      return KEEP;
    }
    if (rememberable) {
      void this.remember(uri, SAMPLE_LANGUAGE);
    }
    return { kind: 'set', languageId: SAMPLE_LANGUAGE };
  }

  /** The extension is about to give the document this language. */
  settingLanguage(uri: string, languageId: string): void {
    this.ownChanges.set(uri, languageId);
  }

  /** Setting it failed (the document closed meanwhile). */
  settingFailed(uri: string): void {
    this.ownChanges.delete(uri);
  }

  private entries(): Array<[string, string]> {
    const value = this.store.get(STORE_KEY);
    return Array.isArray(value)
      ? value.filter(
          (entry): entry is [string, string] =>
            Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string',
        )
      : [];
  }

  private remember(uri: string, languageId: string): PromiseLike<void> {
    const entries = this.entries().filter(([known]) => known !== uri);
    entries.push([uri, languageId]);
    return this.store.update(STORE_KEY, entries.slice(-MAX_REMEMBERED));
  }
}
