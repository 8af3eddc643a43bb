/**
 * AST node types, named and shaped as CPython's `ast` module (Python/Python.asdl, 3.11), so a reader
 * who knows Python knows them. parse.ts builds them; scope.ts and codegen read them.
 *
 * Invariant: every node carries CPython's positions: lineno/end_lineno 1-based, col_offset and
 * end_col_offset 0-based in UTF-8 bytes of the line (what `ast.parse` reports). Constant values are
 * the code-object constants of src/bytecode/code.ts, so an int stays distinct from an equal float.
 */
import type { Const } from '../bytecode/code.js';

export interface Pos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

export type Ctx = 'Load' | 'Store' | 'Del';
export type Operator = 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift'
  | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// {==== expressions
export interface BoolOp extends Pos { kind: 'BoolOp'; op: 'And' | 'Or'; values: Expr[] }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { kind: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** keys[i] === null means `**values[i]`. */
export interface Dict extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 none, else the character code of 's', 'r' or 'a' (as CPython). */
export interface FormattedValue extends Pos { kind: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null }
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: (Constant | FormattedValue)[] }
export interface Constant extends Pos { kind: 'Constant'; value: Const }
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string; ctx: Ctx }
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr; ctx: Ctx }
export interface Starred extends Pos { kind: 'Starred'; value: Expr; ctx: Ctx }
export interface Name extends Pos { kind: 'Name'; id: string; ctx: Ctx }
export interface List extends Pos { kind: 'List'; elts: Expr[]; ctx: Ctx }
export interface Tuple extends Pos { kind: 'Tuple'; elts: Expr[]; ctx: Ctx }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr = BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant
  | Attribute | Subscript | Starred | Name | List | Tuple | Slice;
// }====

// {==== helpers that are not expressions or statements
export interface Comprehension { target: Expr; iter: Expr; ifs: Expr[]; is_async: 0 }
export interface Arg extends Pos { arg: string; annotation: Expr | null }
export interface Keyword extends Pos { arg: string | null; value: Expr }
export interface Arguments {
  posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[]; kwarg: Arg | null; defaults: Expr[];
}
export interface Alias extends Pos { name: string; asname: string | null }
export interface WithItem { context_expr: Expr; optional_vars: Expr | null }
export interface ExceptHandler extends Pos { kind: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
// }====

// {==== statements
export interface FunctionDef extends Pos { kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null }
export interface ClassDef extends Pos { kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[] }
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Name | Attribute | Subscript; op: Operator; value: Expr }
export interface AnnAssign extends Pos { kind: 'AnnAssign'; target: Name | Attribute | Subscript; annotation: Expr; value: Expr | null; simple: number }
export interface For extends Pos { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { kind: 'With'; items: WithItem[]; body: Stmt[] }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }

export type Stmt = FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If
  | With | Raise | Try | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

export interface Module { kind: 'Module'; body: Stmt[] }
// }====

/** What CPython calls an expression in "cannot assign to %s" messages (_PyPegen_get_expr_name). */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.k === 'none') return 'None';
      if (v.k === 'bool') return v.v ? 'True' : 'False';
      if (v.k === 'ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}
