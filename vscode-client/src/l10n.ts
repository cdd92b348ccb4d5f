// Localisation seam for modules that must not import 'vscode'. The extension passes
// `vscode.l10n.t`; tests pass an English formatter. Every message given to a Translate function
// must be a string literal so that the bundle check (test/l10n.test.ts) can see it.

export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** Fills `{0}`, `{1}`, ... the way vscode.l10n.t does, without translating. */
export const formatEnglish: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
