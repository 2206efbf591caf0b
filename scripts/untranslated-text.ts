/**
 * Finds words a person would read that are written in the code instead of the catalogues
 * (`shared/i18n/catalogues/`). Used by `untranslated-text.test.ts`; `node scripts/untranslated-text.ts`
 * prints what it finds. A line that must keep its literal (a brand, a format sample) says why in
 * an `i18n-exempt:` comment on the line before it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  text: string;
}

const root = path.resolve(import.meta.dirname, '..');
const hasWords = /\p{L}{2,}/u;
/** Props and object keys whose value is read by a person. */
const textName = /^(children|label|title|placeholder|description|message|error|alt|aria-label|aria-description|aria-valuetext|tooltip|heading|subtitle|caption|hint|legend|emptyMessage|nothingFoundMessage|closeButtonLabel|confirmLabel|cancelLabel|body)$|Label$|Title$|Message$|Text$|Placeholder$|Description$/;
/** An email's words: checked in object literals that have a `to`. */
const emailName = /^(subject|text)$/;
const isEmail = (object: ts.Node) => ts.isObjectLiteralExpression(object) && object.properties.some((p) => p.name !== undefined && propertyName(p.name) === 'to');
/**
 * Functions whose string arguments are shown as they are. (The server's `notFound('customer')`
 * takes a key of the `errors` catalogue, checked by its type, so it is not among them.)
 */
const textFunctions = /^(notifySaved|notifyError|usePageTitle|alert|confirm|prompt|forbidden|AppError)$/;

function walk(dir: string, keep: (file: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, keep, out);
    else if (keep(full)) out.push(full);
  }
  return out;
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return hasWords.test(node.text) ? node.text : null;
  if (ts.isTemplateExpression(node)) {
    const pieces = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    return hasWords.test(pieces) ? node.getText() : null;
  }
  return null;
}

/** The literals an expression can evaluate to: `a ? 'Yes' : 'No'`, `name ?? 'Unknown'`, `('x')`. */
function valueLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return valueLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...valueLiterals(node.whenTrue), ...valueLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(node.operatorToken.kind)) {
    return [...valueLiterals(node.left), ...valueLiterals(node.right)];
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => valueLiterals(element));
  return [node];
}

function propertyName(name: ts.PropertyName | ts.JsxAttributeName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

function exempt(source: ts.SourceFile, node: ts.Node): boolean {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  const lines = source.text.split('\n');
  return [lines[line - 1], lines[line]].some((text) => text?.includes('i18n-exempt:'));
}

export function findUntranslated(file: string, text = readFileSync(file, 'utf8')): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, shown: string) => {
    if (exempt(source, node)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    findings.push({ file: path.relative(root, file), line: line + 1, text: shown.trim().slice(0, 80) });
  };
  const check = (node: ts.Node) => {
    const literal = literalText(node);
    if (literal) report(node, literal);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) valueLiterals(node.expression).forEach(check);
    if (ts.isJsxAttribute(node) && node.initializer && textName.test(propertyName(node.name))) {
      if (ts.isStringLiteral(node.initializer)) check(node.initializer);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) valueLiterals(node.initializer.expression).forEach(check);
    }
    if (ts.isPropertyAssignment(node) && (textName.test(propertyName(node.name)) || (emailName.test(propertyName(node.name)) && isEmail(node.parent)))) valueLiterals(node.initializer).forEach(check);
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression) && textFunctions.test(node.expression.text)) {
      // An AppError's first argument is its code, read by programs, not people.
      const shown = (node.arguments ?? []).slice(node.expression.text === 'AppError' ? 1 : 0);
      for (const argument of shown) {
        if (ts.isObjectLiteralExpression(argument)) argument.properties.forEach((p) => ts.isPropertyAssignment(p) && valueLiterals(p.initializer).forEach(check));
        else valueLiterals(argument).forEach(check);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

const isSource = (file: string) => /\.tsx?$/.test(file) && !/\.(test|e2e)\.tsx?$/.test(file) && !file.endsWith('.d.ts');

/** The web app, the contracts' labels and messages, and the server code that writes to people. */
export function filesToCheck(): string[] {
  return [
    ...walk(path.join(root, 'web'), isSource),
    ...walk(path.join(root, 'shared', 'features'), isSource),
    ...walk(path.join(root, 'server'), isSource).filter((file) => /server\/(features|platform)\//.test(file)),
  ];
}

if (import.meta.main) {
  const findings = filesToCheck().flatMap((file) => findUntranslated(file));
  for (const finding of findings) console.log(`${finding.file}:${String(finding.line)}  ${finding.text}`);
  console.log(`${String(findings.length)} untranslated`);
}
