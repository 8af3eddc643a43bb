#!/bin/sh
# regen.ts without Node: for every tests/programs/**/NAME.py (or the paths given), run CPython 3.11
# with PYTHONHASHSEED=0 and write NAME.exp (stdout) and, for a non-zero exit, NAME.err ("exit N" and
# the last stderr line); a stale NAME.err is removed. Folders with a __main__.py run as programs.
set -u
cd "$(dirname "$0")/../.." || exit 2
PY=${PYTHON:-python3}
case "$($PY --version 2>&1)" in "Python 3.11."*) ;; *) echo "regen: $PY must be CPython 3.11" >&2; exit 2;; esac
[ $# -eq 0 ] && set -- tests/programs
n=0
run() {  # $1: program path (file.py or folder), $2: base name for .exp/.err
  d=$(dirname "$1"); b=$(basename "$1")
  (cd "$d" && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 "$PY" "$b" > "$b.out.tmp" 2> "$b.err.tmp")
  rc=$?
  mv "$d/$b.out.tmp" "$2.exp"
  if [ $rc -ne 0 ]; then printf 'exit %d\n%s\n' $rc "$(tail -n 1 "$d/$b.err.tmp")" > "$2.err"; else rm -f "$2.err"; fi
  rm -f "$d/$b.err.tmp"
  n=$((n + 1))
}
for p in "$@"; do
  for m in $(find "$p" -name __main__.py | sort); do run "$(dirname "$m")" "$(dirname "$m")"; done
  for f in $(find "$p" -name '*.py' ! -name __main__.py | sort); do
    [ -f "$(dirname "$f")/__main__.py" ] && continue
    run "$f" "${f%.py}"
  done
done
echo "$n programs regenerated"
