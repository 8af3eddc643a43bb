// Exceptions as text: str() and repr() of exception instances, and the traceback printer for
// uncaught exceptions (CPython 3.11's format, chained exceptions included), and unraisable errors.

import { Val, isSmall, incref, decref, xdecref } from "../obj/object";
import { PyType, T_STR, T_MODULE, typeOf, typeKind, typeName, isSubtype } from "../obj/type";
import { Kind } from "../obj/kinds";
import { Id } from "../obj/ids";
import { idStr, strLen, strFromAS, strEqAS, strEmpty } from "../obj/str";
import { tupleSize, tupleItem } from "../obj/tuple";
import { dictGetStr } from "../obj/dict";
import { sbNew, sbStr, sbAS, sbFinish, sbChar } from "../obj/strbuf";
import { E, excType, excArgs, excTraceback, excCause, excContext, excSuppressContext } from "../obj/exc";
import { codeFilename, codeName } from "../obj/code";
import { noneVal } from "../obj/singletons";
import { objRepr, objStr } from "./ops";
import { fetchExc, raiseObj, clearExc, isStaticMemoryError } from "./errors";
import { outStr, outAS, outI64, outBytes, outFlushAll } from "../mod/io";
import { typeLookup } from "../obj/type";
import { strEncodeUtf8, strUtf8Size } from "../obj/str";

/** str(exc): '' for no args, str(arg) for one, str(args) for several; KeyError uses repr. */
export function excStr(x: Val): Val {
  let args = excArgs(x);
  let n = args != 0 ? tupleSize(args) : 0;
  if (n == 0) return strEmpty();
  if (n == 1) {
    let a = tupleItem(args, 0);
    if (isSubtype(typeOf(x), excType(E.KeyError))) return objRepr(a);
    return objStr(a);
  }
  return objStr(args);
}

/** repr(exc): TypeName(args…) as CPython 3.11. */
export function excRepr(x: Val): Val {
  let args = excArgs(x);
  let sb = sbNew();
  if (sb == 0) return 0;
  sbStr(sb, typeName(typeOf(x)));
  let n = args != 0 ? tupleSize(args) : 0;
  if (n == 1) {
    let r = objRepr(tupleItem(args, 0));
    if (r == 0) { sbFinish(sb); return 0; }
    sbChar(sb, 40); sbStr(sb, r); sbChar(sb, 41);
    decref(r);
  } else if (n == 0) {
    sbAS(sb, "()");
  } else {
    let r = objRepr(args);
    if (r == 0) { sbFinish(sb); return 0; }
    sbStr(sb, r);
    decref(r);
  }
  return sbFinish(sb);
}

// {==== the traceback printer

@external("host", "getline") declare function hostGetline(file: usize, fileLen: usize, line: i32, dst: usize, cap: usize): i32;

const LINE_BUF: usize = memory.data(2048);
const FILE_BUF: usize = memory.data(1024);

function printSourceLine(file: Val, line: i32): void {
  let n = strUtf8Size(file);
  if (n >= 1000) return;
  strEncodeUtf8(file, 0, strLen(file), FILE_BUF);
  let k = hostGetline(FILE_BUF, n, line, LINE_BUF, 2000);
  if (k <= 0) return;
  // strip leading whitespace and the end of line, as CPython does
  let s = 0;
  while (s < k && (load<u8>(LINE_BUF + <usize>s) == 32 || load<u8>(LINE_BUF + <usize>s) == 9 || load<u8>(LINE_BUF + <usize>s) == 12)) s++;
  let e = k;
  while (e > s && (load<u8>(LINE_BUF + <usize>(e - 1)) == 10 || load<u8>(LINE_BUF + <usize>(e - 1)) == 13 || load<u8>(LINE_BUF + <usize>(e - 1)) == 32)) e--;
  if (e <= s) return;
  outAS(2, "    ");
  outBytes(2, LINE_BUF + <usize>s, <usize>(e - s));
  outAS(2, "\n");
}

/** Print the traceback entries, oldest first. */
function printTb(tb: Val): void {
  // CPython elides runs of more than 3 identical entries
  let lastFile: Val = 0, lastLine: i32 = -1, lastName: Val = 0;
  let count = 0;
  while (tb != 0) {
    let code = load<u32>(tb, 12);
    let line = <i32>load<u32>(tb, 16);
    let file = codeFilename(code), name = codeName(code);
    if (file == lastFile && line == lastLine && name == lastName) {
      count++;
    } else {
      if (count > 3) repeatedNote(count - 3);
      lastFile = file; lastLine = line; lastName = name;
      count = 1;
    }
    if (count <= 3) {
      outAS(2, "  File \""); outStr(2, file); outAS(2, "\", line "); outI64(2, <i64>line);
      outAS(2, ", in "); outStr(2, name); outAS(2, "\n");
      printSourceLine(file, line);
    }
    tb = load<u32>(tb, 8);
  }
  if (count > 3) repeatedNote(count - 3);
}

function repeatedNote(n: i32): void {
  outAS(2, "  [Previous line repeated "); outI64(2, <i64>n);
  outAS(2, n == 1 ? " more time]\n" : " more times]\n");
}

/** The last line: `Type: message` (qualified by module unless builtins or __main__). */
function printExcLine(x: Val): void {
  let t = typeOf(x);
  let mod = typeLookup(t, idStr(Id.D_module));
  if (mod != 0 && !isSmall(mod) && typeOf(mod) == T_STR && !strEqAS(mod, "builtins") && !strEqAS(mod, "__main__")) {
    outStr(2, mod);
    outAS(2, ".");
  }
  outStr(2, changetype<PyType>(t).qualname);
  let s = objStr(x);   // a class may override __str__
  if (s == 0) {
    clearExc();
    outAS(2, ": <exception str() failed>\n");
    return;
  }
  if (strLen(s) > 0) { outAS(2, ": "); outStr(2, s); }
  decref(s);
  let sug = suggestionFor(x);
  if (sug != 0) { outAS(2, ". Did you mean: '"); outStr(2, sug); outAS(2, "'?"); }
  outAS(2, "\n");
}

/** CPython 3.11's "Did you mean" for a NameError or AttributeError that knows its name (borrowed). */
function suggestionFor(x: Val): Val {
  let name = excExtra(x), aux = excAux(x);
  if (name == 0 || aux == 0 || isSmall(name) || typeOf(name) != T_STR) return 0;
  let t = typeOf(x);
  if (isSubtype(t, excType(E.NameError)) && !isSmall(aux) && typeOf(aux) == T_TUPLE) {
    return suggestName(name, tupleItem(aux, 1), tupleItem(aux, 0), builtinsDict);
  }
  if (isSubtype(t, excType(E.AttributeError))) return suggestAttr(name, aux);
  return 0;
}
import { excExtra, excAux } from "../obj/exc";
import { T_TUPLE } from "../obj/type";
import { suggestName, suggestAttr } from "./suggest";
import { builtinsDict } from "./import";

// Exceptions already printed in this chain (to stop at cycles).
const SEEN: usize = memory.data(4 * 64);
let nSeen: i32 = 0;

function seen(x: Val): bool {
  for (let i = 0; i < nSeen; i++) if (load<u32>(SEEN + (<usize>i << 2)) == x) return true;
  if (nSeen < 64) { store<u32>(SEEN + (<usize>nSeen << 2), x); nSeen++; }
  return false;
}

function printChain(x: Val): void {
  seen(x);
  let cause = excCause(x);
  let ctx = excContext(x);
  if (cause != 0 && cause != noneVal() && !seen(cause)) {
    printChain(cause);
    outAS(2, "\nThe above exception was the direct cause of the following exception:\n\n");
  } else if (ctx != 0 && !excSuppressContext(x) && !seen(ctx)) {
    printChain(ctx);
    outAS(2, "\nDuring handling of the above exception, another exception occurred:\n\n");
  }
  let tb = excTraceback(x);
  if (tb != 0) {
    outAS(2, "Traceback (most recent call last):\n");
    printTb(tb);
  }
  printExcLine(x);
}

/** Print an uncaught exception with its traceback and chain to stderr. */
export function printException(x: Val): void {
  nSeen = 0;
  let saved = fetchExc();
  printChain(x);
  outFlushAll();
  if (saved != 0) raiseObj(saved);
}

/** An exception that cannot propagate (in __del__, a generator's close at dealloc): report and drop it. */
export function printUnraisableMsg(msg: string, obj: Val): void {
  let x = fetchExc();
  if (x == 0) return;
  outAS(2, msg);
  let r = objRepr(obj);
  if (r != 0) { outStr(2, r); decref(r); } else { clearExc(); outAS(2, "<object repr() failed>"); }
  outAS(2, "\n");
  printException(x);
  decref(x);
}

export function printUnraisable(obj: Val): void { printUnraisableMsg("Exception ignored in: ", obj); }
// }====
