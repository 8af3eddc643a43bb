"""Generate the compiler's expected data from CPython 3.11 (the oracle), once; the JSON is committed.

    python3 tests/unit/compiler/tools/gen_fixtures.py

Writes tests/unit/compiler/fixtures/:
  symtable.json   every scope of every corpus file: symbol -> [scope, flags] (CPython's symtable)
  dis.json        every code object of every corpus file: normalised op names, exception table, header
  ast.json        the AST of every corpus file, with positions (ast.parse)
  syntax_errors.json  cases from syntax_cases.py: kind, message, line, offset
  literals.json   literal expressions and their values (ast.literal_eval), f-strings as AST
  mutants.json    corpus snippets with random edits (seeded) and what CPython says of each

Normalisation of `dis` (documented in docs/bytecode.md, "Comparing with CPython"): RESUME, PRECALL,
CACHE, EXTENDED_ARG and RETURN_GENERATOR with the POP_TOP after it are dropped; POP_JUMP_FORWARD/
BACKWARD_IF_X becomes POP_JUMP_IF_X; JUMP_FORWARD, JUMP_BACKWARD and JUMP_BACKWARD_NO_INTERRUPT
become JUMP. Exception-table offsets are mapped to indexes in the normalised sequence.
"""
import ast
import dis
import json
import os
import symtable
import sys

assert sys.version_info[:2] == (3, 11), 'the oracle is CPython 3.11'

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, 'corpus')
OUT = os.path.join(ROOT, 'fixtures')
sys.path.insert(0, HERE)
from syntax_cases import CASES  # noqa: E402
from literal_cases import LITERALS, FSTRINGS  # noqa: E402

DROP = {'RESUME', 'PRECALL', 'CACHE', 'EXTENDED_ARG'}
RENAME = {'JUMP_FORWARD': 'JUMP', 'JUMP_BACKWARD': 'JUMP', 'JUMP_BACKWARD_NO_INTERRUPT': 'JUMP'}


def norm_name(name):
    if name.startswith('POP_JUMP_FORWARD_IF_') or name.startswith('POP_JUMP_BACKWARD_IF_'):
        return 'POP_JUMP_IF_' + name.split('_IF_', 1)[1]
    return RENAME.get(name, name)


def parse_exception_table(co):
    """(start, end, target, depth, lasti) in bytes; end exclusive (dis's own parser)."""
    return [(e.start, e.end, e.target, e.depth, e.lasti) for e in dis._parse_exception_table(co)]


def code_entry(co):
    instrs = list(dis.get_instructions(co))
    kept = []
    skip_next_pop = False
    for ins in instrs:
        if ins.opname in DROP:
            continue
        if ins.opname == 'RETURN_GENERATOR':
            skip_next_pop = True
            continue
        if skip_next_pop and ins.opname == 'POP_TOP':
            skip_next_pop = False
            continue
        skip_next_pop = False
        kept.append(ins)
    offsets = [i.offset for i in kept]

    def index_at_or_after(off):
        for k, o in enumerate(offsets):
            if o >= off:
                return k
        return len(offsets)
    exc = []
    for start, end, target, depth, lasti in parse_exception_table(co):
        s, e = index_at_or_after(start), index_at_or_after(end)
        if s >= e:
            continue
        t = index_at_or_after(target)
        if exc and exc[-1][1] == s and exc[-1][2:] == [t, depth, lasti]:
            exc[-1][1] = e
        else:
            exc.append([s, e, t, depth, lasti])
    return {
        'name': co.co_name, 'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno,
        'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount,
        'kwonlyargcount': co.co_kwonlyargcount, 'flags': co.co_flags & 0xff,
        'varnames': list(co.co_varnames), 'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars),
        'names': list(co.co_names),
        'consts': [{'code': c.co_qualname} if hasattr(c, 'co_code') else value_json(c) for c in co.co_consts],
        'ops': [norm_name(i.opname) for i in kept],
        'lines': [i.positions.lineno or 0 for i in kept],
        'positions': [[p.lineno or 0, p.end_lineno or 0, p.col_offset or 0, p.end_col_offset or 0]
                      for p in (i.positions for i in kept)],
        # arguments, except where Dust's differ by design: jumps (absolute word targets) and
        # YIELD_VALUE (1 in the yield-from loop); -1 = no argument
        'args': [-1 if (i.arg is None or i.opcode in dis.hasjrel or i.opcode in dis.hasjabs or i.opname == 'YIELD_VALUE') else i.arg
                 for i in kept],
        'exc': exc,
    }


def walk_code(co, out):
    out.append(code_entry(co))
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            walk_code(c, out)


def scope_entry(t):
    syms = {}
    for s in t.get_symbols():
        flags = s._Symbol__flags & ((1 << 11) - 1)
        syms[s.get_name()] = [s._Symbol__scope, flags]
    return {'type': t.get_type(), 'name': t.get_name(), 'lineno': t.get_lineno(), 'symbols': syms,
            'children': [scope_entry(c) for c in t.get_children()]}


def ast_json(n, positions=True):
    if isinstance(n, ast.AST):
        d = {'_': type(n).__name__}
        for f in n._fields:
            if f in ('type_comment', 'kind', 'type_ignores'):
                continue
            v = getattr(n, f)
            if isinstance(v, int) and not isinstance(v, bool) and not isinstance(n, ast.Constant):
                d[f] = v
            else:
                d[f] = ast_json(v, positions)
        if positions:
            for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
                if hasattr(n, a):
                    d[a] = getattr(n, a)
        return d
    if isinstance(n, list):
        return [ast_json(x, positions) for x in n]
    return value_json(n)


def value_json(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {'int': str(v)}
    if isinstance(v, float):
        return {'float': v.hex()}
    if isinstance(v, bytes):
        return {'bytes': list(v)}
    if v is Ellipsis:
        return {'ellipsis': True}
    if isinstance(v, tuple):
        return {'tuple': [value_json(x) for x in v]}
    if isinstance(v, frozenset):
        return {'frozenset': sorted((value_json(x) for x in v), key=repr)}
    raise TypeError(repr(v))


PIECES = ['(', ')', '[', ']', ':', ',', '=', ' ', '\n', '    ', 'if ', 'else', '"', "'", '#', '\\', '*', '**',
          'lambda', 'yield', '.', '0', 'x', 'def ', 'return', 'not', '\t', '{', '}', '@', '+=', ';']


def mutants(files, n=400, seed=20251125):
    """Six-line windows of the corpus with one to three random deletions or insertions."""
    import random
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        src = open(os.path.join(CORPUS, rnd.choice(files)), encoding='utf-8').read()
        lines = src.split('\n')
        start = rnd.randrange(max(1, len(lines) - 6))
        window = lines[start:start + 6]
        ind = min((len(l) - len(l.lstrip(' ')) for l in window if l.strip()), default=0)
        text = '\n'.join(l[ind:] if len(l) - len(l.lstrip(' ')) >= ind else l.lstrip(' ') for l in window) + '\n'
        for _ in range(rnd.randint(1, 3)):
            pos = rnd.randrange(len(text))
            if rnd.random() < 0.4:
                text = text[:pos] + text[pos + 1 + rnd.randrange(3):]
            else:
                text = text[:pos] + rnd.choice(PIECES) + text[pos:]
        try:
            compile(text, 'm.py', 'exec', dont_inherit=True)
            out.append({'src': text, 'error': None})
        except SyntaxError as e:
            out.append({'src': text, 'error': [type(e).__name__, e.msg, e.lineno, e.offset]})
    return out


def main():
    files = sorted(f for f in os.listdir(CORPUS) if f.endswith('.py'))
    sym, dis_out, asts = {}, {}, {}
    for f in files:
        src = open(os.path.join(CORPUS, f), encoding='utf-8').read()
        sym[f] = scope_entry(symtable.symtable(src, f, 'exec'))
        out = []
        walk_code(compile(src, f, 'exec', dont_inherit=True), out)
        dis_out[f] = out
        asts[f] = ast_json(ast.parse(src))
    errors = []
    for src in CASES:
        try:
            compile(src, 'case.py', 'exec', dont_inherit=True)
            raise SystemExit('not a syntax error: %r' % src)
        except SyntaxError as e:
            errors.append({'src': src, 'kind': type(e).__name__, 'msg': e.msg, 'line': e.lineno, 'col': e.offset})
    lits = [{'src': s, 'value': value_json(ast.literal_eval(s)), 'repr': repr(ast.literal_eval(s))} for s in LITERALS]
    fstr = [{'src': s, 'ast': ast_json(ast.parse(s, mode='eval').body, positions=False)} for s in FSTRINGS]
    import warnings
    warnings.simplefilter('ignore')
    muts = mutants(files)
    for name, data in (('symtable', sym), ('dis', dis_out), ('ast', asts), ('syntax_errors', errors),
                       ('literals', {'literals': lits, 'fstrings': fstr}), ('mutants', muts)):
        with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(data, fh, indent=1, ensure_ascii=True)
            fh.write('\n')
    print('wrote', len(files), 'corpus files,', len(errors), 'syntax errors,', len(lits) + len(fstr), 'literals')


if __name__ == '__main__':
    main()
