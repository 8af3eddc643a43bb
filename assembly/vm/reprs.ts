// repr() of the kinds that have no value-based repr: functions, classes, modules, methods,
// iterators and plain instances. CPython shows addresses ("at 0x…"); Dust shows the object's
// address in its heap, which is deterministic for a given program and budget.

import { Val, isSmall, decref } from "../obj/object";
import { PyType, T_STR, T_MODULE, typeOf, typeKind, typeName, typeLookup } from "../obj/type";
import { Kind } from "../obj/kinds";
import { Id } from "../obj/ids";
import { idStr, strEqAS } from "../obj/str";
import { sbNew, sbStr, sbAS, sbFinish, sbChar } from "../obj/strbuf";
import { dictGetStr } from "../obj/dict";
import { moduleDict } from "../obj/module";
import { funcQualname } from "../obj/func";
import { builtinName, builtinSelf, builtinOwner } from "../obj/builtin";
import { objRepr } from "./ops";
import { sequenceToList } from "./ops_seq";
import { rangeStart, rangeStop, rangeStep } from "../obj/range";

function hex(sb: usize, v: u32): void {
  sbAS(sb, "0x");
  let started = false;
  for (let s = 28; s >= 0; s -= 4) {
    let d = (v >> <u32>s) & 15;
    if (d != 0 || started || s == 0) { sbChar(sb, d < 10 ? 48 + d : 87 + d); started = true; }
  }
}

/** <module.Class object at 0x…> style repr. */
export function reprDefault(v: Val): Val {
  let sb = sbNew();
  if (sb == 0) return 0;
  let t = typeOf(v);
  sbChar(sb, 60);
  let mod = typeLookup(t, idStr(Id.D_module));
  if (mod != 0 && !isSmall(mod) && typeOf(mod) == T_STR && !strEqAS(mod, "builtins")) { sbStr(sb, mod); sbChar(sb, 46); }
  sbStr(sb, changetype<PyType>(t).qualname);
  sbAS(sb, " object at ");
  hex(sb, v);
  sbChar(sb, 62);
  return sbFinish(sb);
}

export function reprOther(v: Val): Val {
  let t = typeOf(v);
  let sb: usize;
  switch (typeKind(t)) {
    case Kind.TYPE: {
      sb = sbNew();
      if (sb == 0) return 0;
      sbAS(sb, "<class '");
      let mod = dictGetStr(changetype<PyType>(v).dict, idStr(Id.D_module));
      if (mod != 0 && !isSmall(mod) && typeOf(mod) == T_STR && !strEqAS(mod, "builtins")) { sbStr(sb, mod); sbChar(sb, 46); }
      sbStr(sb, changetype<PyType>(v).qualname);
      sbAS(sb, "'>");
      return sbFinish(sb);
    }
    case Kind.FUNCTION: {
      sb = sbNew();
      if (sb == 0) return 0;
      sbAS(sb, "<function "); sbStr(sb, funcQualname(v)); sbAS(sb, " at "); hex(sb, v); sbChar(sb, 62);
      return sbFinish(sb);
    }
    case Kind.MODULE: {
      sb = sbNew();
      if (sb == 0) return 0;
      let d = moduleDict(v);
      let name = dictGetStr(d, idStr(Id.D_name));
      let file = dictGetStr(d, idStr(Id.D_file));
      sbAS(sb, "<module '");
      if (name != 0 && typeOf(name) == T_STR) sbStr(sb, name); else sbChar(sb, 63);
      sbChar(sb, 39);
      if (file != 0 && typeOf(file) == T_STR) { sbAS(sb, " from '"); sbStr(sb, file); sbChar(sb, 39); }
      else sbAS(sb, " (built-in)");
      sbChar(sb, 62);
      return sbFinish(sb);
    }
    case Kind.BUILTIN: {
      sb = sbNew();
      if (sb == 0) return 0;
      let self = builtinSelf(v);
      if (self != 0 && typeKind(typeOf(self)) != Kind.MODULE) {
        sbAS(sb, "<built-in method "); sbStr(sb, builtinName(v)); sbAS(sb, " of ");
        sbStr(sb, typeName(typeOf(self))); sbAS(sb, " object at "); hex(sb, self); sbChar(sb, 62);
      } else if (t == typeOf(v) && builtinOwner(v) != 0 && typeKind(typeOf(builtinOwner(v))) == Kind.TYPE) {
        sbAS(sb, "<method '"); sbStr(sb, builtinName(v)); sbAS(sb, "' of '");
        sbStr(sb, changetype<PyType>(builtinOwner(v)).name); sbAS(sb, "' objects>");
      } else {
        sbAS(sb, "<built-in function "); sbStr(sb, builtinName(v)); sbChar(sb, 62);
      }
      return sbFinish(sb);
    }
    case Kind.METHOD: {
      sb = sbNew();
      if (sb == 0) return 0;
      let f = load<u32>(v, 8), self = load<u32>(v, 12);
      sbAS(sb, "<bound method ");
      if (typeKind(typeOf(f)) == Kind.FUNCTION) sbStr(sb, funcQualname(f)); else sbChar(sb, 63);
      sbAS(sb, " of ");
      let r = objRepr(self);
      if (r == 0) { sbFinish(sb); return 0; }
      sbStr(sb, r); decref(r);
      sbChar(sb, 62);
      return sbFinish(sb);
    }
    case Kind.RANGE: {
      sb = sbNew();
      if (sb == 0) return 0;
      sbAS(sb, "range(");
      let a = objRepr(rangeStart(v)), b = objRepr(rangeStop(v));
      if (a != 0) { sbStr(sb, a); decref(a); }
      sbAS(sb, ", ");
      if (b != 0) { sbStr(sb, b); decref(b); }
      let st = rangeStep(v);
      if (!(isSmall(st) && (<i32>st >> 1) == 1)) {
        let c = objRepr(st);
        sbAS(sb, ", ");
        if (c != 0) { sbStr(sb, c); decref(c); }
      }
      sbChar(sb, 41);
      return sbFinish(sb);
    }
    case Kind.SLICE: {
      sb = sbNew();
      if (sb == 0) return 0;
      sbAS(sb, "slice(");
      for (let i = 0; i < 3; i++) {
        if (i > 0) sbAS(sb, ", ");
        let r = objRepr(load<u32>(v + 8 + (<usize>i << 2)));
        if (r == 0) { sbFinish(sb); return 0; }
        sbStr(sb, r); decref(r);
      }
      sbChar(sb, 41);
      return sbFinish(sb);
    }
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS: {
      let l = sequenceToList(v);
      if (l == 0) return 0;
      let r = objRepr(l);
      decref(l);
      if (r == 0) return 0;
      sb = sbNew();
      if (sb == 0) { decref(r); return 0; }
      sbStr(sb, typeName(t)); sbChar(sb, 40); sbStr(sb, r); sbChar(sb, 41);
      decref(r);
      return sbFinish(sb);
    }
    case Kind.CELL: {
      sb = sbNew();
      if (sb == 0) return 0;
      let c = load<u32>(v, 8);
      sbAS(sb, "<cell at "); hex(sb, v); sbAS(sb, ": ");
      if (c == 0) sbAS(sb, "empty");
      else { sbStr(sb, typeName(typeOf(c))); sbAS(sb, " object at "); hex(sb, c); }
      sbChar(sb, 62);
      return sbFinish(sb);
    }
    case Kind.GENERATOR: {
      sb = sbNew();
      if (sb == 0) return 0;
      sbAS(sb, "<generator object "); sbStr(sb, load<u32>(v, 16)); sbAS(sb, " at "); hex(sb, v); sbChar(sb, 62);
      return sbFinish(sb);
    }
    case Kind.MEMBER: {
      sb = sbNew();
      if (sb == 0) return 0;
      sbAS(sb, "<member '"); sbStr(sb, load<u32>(v, 8)); sbAS(sb, "' of '");
      sbStr(sb, changetype<PyType>(load<u32>(v, 16)).name); sbAS(sb, "' objects>");
      return sbFinish(sb);
    }
    case Kind.CODE: {
      sb = sbNew();
      if (sb == 0) return 0;
      sbAS(sb, "<code object "); sbStr(sb, load<u32>(v, 36)); sbAS(sb, " at "); hex(sb, v);
      sbAS(sb, ", file \""); sbStr(sb, load<u32>(v, 44)); sbAS(sb, "\", line ");
      let ln = load<i32>(v, 32);
      let r = objRepr((<u32>ln << 1) | 1);
      if (r != 0) { sbStr(sb, r); decref(r); }
      sbChar(sb, 62);
      return sbFinish(sb);
    }
  }
  return reprDefault(v);
}
