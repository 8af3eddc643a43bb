"""Print, as JSON, what gen_fixtures.py records for every code object of one Python file (normalised
`dis`, exception table, lines, positions, arguments, header). Used by compare_dis.ts.

    python3 tests/unit/compiler/tools/dis_json.py FILE.py
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
spec = importlib.util.spec_from_file_location('gen_fixtures', os.path.join(HERE, 'gen_fixtures.py'))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

src = open(sys.argv[1], encoding='utf-8').read()
out = []
gen.walk_code(compile(src, sys.argv[1], 'exec', dont_inherit=True), out)
print(json.dumps(out))
