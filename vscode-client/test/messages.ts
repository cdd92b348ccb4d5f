// Finds the user-facing messages in the extension's sources: the first argument of every call to
// `t(...)` (a Translate parameter) or `vscode.l10n.t(...)`. Used by the localisation tests.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface FoundMessage {
  readonly file: string;
  readonly line: number;
  /** The literal text, or undefined when the first argument is not a string literal. */
  readonly text: string | undefined;
}

function isTranslateCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) {
    return callee.text === 't';
  }
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 't' &&
    ts.isPropertyAccessExpression(callee.expression) &&
    callee.expression.name.text === 'l10n'
  );
}

export function findMessages(srcDir: string): FoundMessage[] {
  const found: FoundMessage[] = [];
  const files = readdirSync(srcDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.ts'));
  for (const name of files) {
    const file = join(srcDir, name);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isTranslateCall(node)) {
        const first = node.arguments[0];
        const text = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
        found.push({ file: name, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The `{0}`, `{1}`, ... a message uses, sorted. */
export function placeholders(message: string): string[] {
  return [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
}
