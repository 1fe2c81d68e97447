import ts from 'typescript';

/** One module reference in a source file: what it names and where (1-based line). */
export interface ImportRef {
  specifier: string;
  line: number;
  kind: 'import' | 'export-from' | 'dynamic-import' | 'import-type' | 'import-equals';
}

function scriptKind(fileName: string): ts.ScriptKind {
  if (/\.[cm]?jsx?$/.test(fileName)) return fileName.endsWith('x') ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
  return fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

/**
 * Every module reference of a file, from its syntax tree: static imports (type-only ones too),
 * `export ... from`, `import('...')` with a string literal, `import('...')` types and
 * `import x = require('...')`. Comments and strings that merely look like imports are not read.
 */
export function readImports(fileName: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const refs: ImportRef[] = [];
  const add = (literal: ts.Expression | undefined, kind: ImportRef['kind']): void => {
    if (literal === undefined || !ts.isStringLiteralLike(literal)) return;
    const line = source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1;
    refs.push({ specifier: literal.text, line, kind });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, 'import');
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, 'export-from');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, 'import-equals');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], 'dynamic-import');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, 'import-type');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}
