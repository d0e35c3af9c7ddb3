/**
 * Hand-written SQL only for the hot projections (issue 13). Everything else reads and writes
 * through the entities; a `rows<T>(…)` or `one<T>(…)` call is allowed only inside a function
 * whose doc comment starts with `Hot query (<channel>[, <channel>…]):`, naming channels that
 * exist (or `every write`), and its row type must be named (no anonymous `{ … }` duplicating an entity row).
 * tests/integration/query-plans.test.ts pins the plan of each of these queries. A raw write
 * (`db.query`) is left only where TypeORM cannot say it (upserts, INSERT OR IGNORE … SELECT),
 * with a comment saying so.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';

const core = path.join(__dirname, '../../electron/core');
/** `every write`: a query the audit recorder runs after each change, whatever its channel. */
const channels = new Set([...Object.keys(contract), 'every write']);

interface Finding {
  file: string;
  line: number;
  problem: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The names a file imports `rows` / `one` under from the db/sql module. */
function sqlHelpers(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!/(^|\/)(db\/)?sql$/.test(from)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === 'rows' || imported === 'one') names.add(element.name.text);
    }
  }
  return names;
}

/** The declaration a call belongs to: a function, a method or a `const f = (…) => …`. */
function owner(node: ts.Node): ts.Node | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isFunctionDeclaration(at) || ts.isMethodDeclaration(at)) return at;
    if (
      (ts.isArrowFunction(at) || ts.isFunctionExpression(at)) &&
      ts.isVariableDeclaration(at.parent)
    ) {
      return at.parent.parent.parent; // the VariableStatement, which carries the doc comment
    }
  }
  return undefined;
}

function docComment(text: string, node: ts.Node): string {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => text.startsWith('/**', r.pos)).at(-1);
  return last ? text.slice(last.pos, last.end) : '';
}

function findUnmarkedSql(fileName: string, text: string): Finding[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const helpers = sqlHelpers(file);
  const findings: Finding[] = [];
  const report = (node: ts.Node, problem: string) =>
    findings.push({
      file: fileName,
      line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      problem,
    });
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      helpers.has(node.expression.text)
    ) {
      const declaration = owner(node);
      const doc = declaration ? docComment(text, declaration) : '';
      const marker = /^\/\*\*[\s*]*Hot query \(([^)]*)\):/.exec(doc);
      if (!marker) report(node, 'hand-written SQL outside a "Hot query (<channel>):" function');
      else {
        const named = marker[1]!.split(',').map((c) => c.trim());
        const unknown = named.filter((c) => !channels.has(c));
        if (unknown.length > 0)
          report(node, `names channels that do not exist: ${unknown.join(', ')}`);
      }
      const rowType = node.typeArguments?.[0];
      if (!rowType) report(node, 'row type missing');
      else if (ts.isTypeLiteralNode(rowType)) report(node, 'anonymous row type: name it');
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'query'
    ) {
      let statement: ts.Node = node;
      while (statement.parent && !ts.isBlock(statement.parent)) statement = statement.parent;
      const why = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
      if (why.length === 0) report(node, 'raw SQL write without a comment saying why');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

describe('hand-written SQL in the core', () => {
  const files = sourceFiles(core).filter((f) => !f.endsWith(path.join('db', 'sql.ts')));

  it('sits only in named hot queries with named row types', () => {
    const findings = files.flatMap((f) =>
      findUnmarkedSql(path.relative(core, f), fs.readFileSync(f, 'utf8')),
    );
    expect(findings).toEqual([]);
  });

  it('is still used for the hot projections (the check is looking at real calls)', () => {
    const marked = files.filter((f) => /Hot query \(/.test(fs.readFileSync(f, 'utf8')));
    expect(marked.length).toBeGreaterThan(20);
  });

  it('the check catches an unmarked call, an unknown channel, an anonymous row type and an unexplained raw write', () => {
    const probe = [
      "import { rows, one as first } from '../db/sql';",
      'export function plain(db: Db) { return rows<AgencyRow>(db, "SELECT 1"); }',
      '/** Hot query (nope:list): typo. */',
      'export const typo = (db: Db) => first<AgencyRow>(db, "SELECT 1");',
      '/** Hot query (agencies:list): the register. */',
      'export async function list(db: Db) { return rows<{ id: string }>(db, "SELECT id"); }',
      '/** Hot query (agencies:list, agencies:get): fine. */',
      'export async function fine(db: Db) { return (await rows<AgencyRow>(db, "SELECT 1")).map((r) => r); }',
      'export async function upsert(db: Db) {',
      '  await db.query("INSERT OR IGNORE INTO t VALUES (1)");',
      '  // INSERT OR IGNORE: insertRows has no conflict clause.',
      '  await db.query("INSERT OR IGNORE INTO t VALUES (2)");',
      '}',
    ].join('\n');
    expect(findUnmarkedSql('probe.ts', probe).map((f) => [f.line, f.problem])).toEqual([
      [2, 'hand-written SQL outside a "Hot query (<channel>):" function'],
      [4, 'names channels that do not exist: nope:list'],
      [6, 'anonymous row type: name it'],
      [10, 'raw SQL write without a comment saying why'],
    ]);
  });
});
