// generator: a suspended frame. The frame lives inside the generator object, so suspending costs
// nothing and the frame's memory is the generator's (counted, and freed with it).
//
// ╒═ PyGen (40 bytes + frame + GC head) ══════════════════════════════════════════════════════╕
// │ +8 code │ +12 name │ +16 qualname │ +20 state │ +24 saved handled exception │ +28 weakreflist │
// │ +32 unused │ +36 unused │ +40 the frame (vm/frame.ts layout, flags ENTRY|IN_GEN)            │
// ╘═══════════════════════════════════════════════════════════════════════════════════════════╛
// States: CREATED (never run), SUSPENDED (at a YIELD_VALUE), RUNNING, FINISHED (frame cleared).
//
// Resuming runs the frame in a nested run() (vm/interp.ts) with the generator's frame as the entry
// frame; YIELD_VALUE returns from it with interp.yielded set. PEP 479: a StopIteration escaping the
// body becomes RuntimeError("generator raised StopIteration").

import { Val, isSmall, incref, decref, xdecref, xincref } from "./object";
import { T_GENERATOR, typeOf, typeKind, isHeapType, typeSpecial } from "./type";
import { Kind } from "./kinds";
import { gcAlloc, gcFree, gcTrack } from "../gc/track";
import { heapAllocSize } from "../mem/heap";
import { funcCode } from "./func";
import { codeName, codeQualname, codeNlocalsplus, codeWords } from "./code";
import { noneVal } from "./singletons";
import { E, excType, excSetContext, excSetCause, excNewMsg, excExtra, excArgs } from "./exc";
import { tupleSize, tupleItem } from "./tuple";
import { FRAME_HEADER, FF, frameInit, frameClear, frameSize } from "../vm/frame";
import { run, yielded, clearYielded, addTraceback } from "../vm/interp";
import { bindArgs, callObject, call1, callWithSelf } from "../vm/call";
import { raiseMsg, raiseObj, fetchExc, excMatches, clearExc, excPending, curExc, raiseFmt } from "../vm/errors";
import { curFrame, excHandled, setExcHandled, callDepth, setCallDepth } from "../vm/state";
import { tunRecursionLimit } from "../vm/tunables";
import { objGetIter, iterNext } from "../vm/ops_seq";
import { strFromAS } from "./str";
import { Op } from "../vm/opcodes";
import { objGetAttrOpt } from "../vm/ops_attr";
import { idStr } from "./str";
import { Id } from "./ids";

// @ts-ignore: decorator
@inline export const GEN_SIZE: usize = 40;

export const enum GS { CREATED = 0, SUSPENDED = 1, RUNNING = 2, FINISHED = 3 }

// @ts-ignore: decorator
@inline export function genFrame(g: Val): usize { return <usize>g + GEN_SIZE; }
// @ts-ignore: decorator
@inline export function genState(g: Val): u32 { return load<u32>(g, 20); }
// @ts-ignore: decorator
@inline export function genCode(g: Val): Val { return load<u32>(g, 8); }

function genBytes(code: Val): usize { return GEN_SIZE + frameSize(code); }

/** Calling a generator function: a new generator with the arguments bound. 0 on error. */
export function genNew(func: Val, args: usize, npos: i32, kwnames: Val): Val {
  let code = funcCode(func);
  let g = gcAlloc(T_GENERATOR, genBytes(code));
  if (g == 0) return 0;
  memory.fill(g + 8, 0, GEN_SIZE - 8);
  incref(code); store<u32>(g, code, 8);
  let name = load<u32>(func, 20), qn = load<u32>(func, 24);
  incref(name); store<u32>(g, name, 12);
  incref(qn); store<u32>(g, qn, 16);
  let f = genFrame(g);
  frameInit(f, code);
  store<u32>(f, load<u32>(func, 12), 8);     // globals and builtins borrowed from the function,
  store<u32>(f, load<u32>(func, 16), 12);    // which the frame owns (+4)
  store<u32>(f, FF.ENTRY | FF.IN_GEN, 32);
  if (!bindArgs(f, func, args, npos, kwnames)) {
    frameClear(f);
    store<u32>(g, GS.FINISHED, 20);
    gcTrack(g);
    decref(g);
    return 0;
  }
  incref(func);
  store<u32>(f, func, 4);
  gcTrack(g);
  return <Val>g;
}

/** After genResume: true if the generator finished (returned), false if it yielded. */
export let genReturned: bool = false;

/**
 * Resume g, sending value (borrowed; ignored on the first run) or, if throwing, raising the
 * pending exception at the yield point. Returns the yielded or returned value (genReturned tells
 * which) or 0 on error.
 */
export function genResume(g: Val, value: Val, throwing: bool): Val {
  let state = genState(g);
  genReturned = false;
  if (state == GS.RUNNING) { raiseMsg(E.ValueError, "generator already executing"); return 0; }
  if (state == GS.FINISHED) {
    if (throwing) return 0;           // the exception stays pending
    genReturned = true;
    incref(noneVal());
    return noneVal();
  }
  let f = genFrame(g);
  if (state == GS.CREATED) {
    if (!throwing && value != noneVal()) {
      raiseMsg(E.TypeError, "can't send non-None value to a just-started generator");
      return 0;
    }
    if (throwing) {
      // thrown into before it started: it finishes at once with the exception
      genFinish(g);
      return 0;
    }
  } else if (!throwing) {
    // the value sent becomes the result of the yield expression
    let sp = <usize>load<u32>(f, 28);
    incref(value);
    store<u32>(sp, value);
    store<u32>(f, <u32>(sp + 4), 28);
  }
  if (callDepth >= tunRecursionLimit()) {
    raiseMsg(E.RecursionError, "maximum recursion depth exceeded");
    return 0;
  }
  store<u32>(g, GS.RUNNING, 20);
  store<u32>(f, <u32>curFrame, 20);
  // the generator's own handled exception is current while it runs
  let outerHandled = excHandled;
  setExcHandled(load<u32>(g, 24));
  store<u32>(g, 0, 24);
  setCallDepth(callDepth + 1);
  let r = runGen(f, throwing);
  setCallDepth(callDepth - 1);
  store<u32>(g, excHandled, 24);
  setExcHandled(outerHandled);
  genReturned = false;   // generators resumed by the body itself (nested) may have set it
  if (yielded) {
    clearYielded();
    store<u32>(g, GS.SUSPENDED, 20);
    return r;
  }
  genFinish(g);
  if (r == 0) {
    // PEP 479
    if (excMatches(excType(E.StopIteration))) {
      let cause = fetchExc();
      raiseMsg(E.RuntimeError, "generator raised StopIteration");
      if (curExc != 0) { excSetCause(curExc, cause); excSetContext(curExc, cause); }
      decref(cause);
    }
    return 0;
  }
  genReturned = true;
  return r;
}

import { codeFindHandler, codeNlocalsplus as nlp, codeLine } from "./code";
import { mkSmall } from "./object";

/** run() for a generator frame; when throwing, first unwind the pending exception from the yield point. */
function runGen(f: usize, throwing: bool): Val {
  if (throwing) {
    let code = load<u32>(f);
    let words = codeWords(code);
    let ip = <usize>load<u32>(f, 24);
    let pc = <i32>((ip - 4 - words) >> 2);
    addTraceback(code, pc);
    let h = codeFindHandler(code, pc);
    if (h == 0) return 0;
    let lp = f + FRAME_HEADER;
    let base = lp + (<usize>nlp(code) << 2);
    let depth = base + (<usize>load<u32>(h, 12) << 2);
    let sp = <usize>load<u32>(f, 28);
    while (sp > depth) { sp -= 4; xdecref(load<u32>(sp)); }
    if (load<u32>(h, 16) != 0) { store<u32>(sp, mkSmall(pc)); sp += 4; }
    store<u32>(sp, fetchExc()); sp += 4;
    store<u32>(f, <u32>sp, 28);
    store<u32>(f, <u32>(words + (<usize>load<u32>(h, 8) << 2)), 24);
  }
  return run(f);
}

/** Mark finished and release the frame's contents now (a finished generator holds nothing). */
function genFinish(g: Val): void {
  store<u32>(g, GS.FINISHED, 20);
  frameClear(genFrame(g));
  let h = load<u32>(g, 24);
  store<u32>(g, 0, 24);
  xdecref(h);
}

/** next(g) for iteration: the yielded value, or 0 (exhausted if no exception is pending). */
export function genNext(g: Val): Val {
  let r = genResume(g, noneVal(), false);
  if (r != 0 && genReturned) { decref(r); return 0; }
  return r;
}

/** For SEND: after genSend, true if the sub-iterator finished and the result is its return value. */
export let sendReturned: bool = false;

/** SEND/yield from: send v (borrowed) into the sub-iterator it. */
export function genSend(it: Val, v: Val): Val {
  sendReturned = false;
  if (!isSmall(it) && typeOf(it) == T_GENERATOR) {
    let r = genResume(it, v, false);
    if (r != 0) sendReturned = genReturned;
    return r;
  }
  if (v == noneVal()) {
    // a class's __next__ may stop with a value (StopIteration(v)): it becomes the yield from's result
    let nx = !isSmall(it) && isHeapType(typeOf(it)) ? typeSpecial(typeOf(it), Id.D_next) : 0;
    if (nx != 0) {
      let r = callWithSelf(nx, it, 0, 0, 0);
      if (r == 0 && excMatches(excType(E.StopIteration))) {
        let x = fetchExc();
        let val = stopIterationValue(x);
        decref(x);
        sendReturned = true;
        return val;
      }
      return r;
    }
    let r = iterNext(it);
    if (r == 0 && !excPending()) { sendReturned = true; incref(noneVal()); return noneVal(); }
    return r;
  }
  let send = objGetAttrOpt(it, idStr(Id.send));
  if (send == 0) {
    if (!excPending()) raiseFmt(E.AttributeError, "'%T' object has no attribute 'send'", it);
    return 0;
  }
  let r = call1(send, v);
  decref(send);
  if (r == 0 && excMatches(excType(E.StopIteration))) {
    let x = fetchExc();
    let val = stopIterationValue(x);
    decref(x);
    sendReturned = true;
    return val;
  }
  return r;
}

/** The value of a StopIteration instance (a new reference). */
export function stopIterationValue(x: Val): Val {
  let v = excExtra(x);
  if (v == 0) {
    let args = excArgs(x);
    v = (args != 0 && tupleSize(args) > 0) ? tupleItem(args, 0) : noneVal();
  }
  incref(v);
  return v;
}

/** GET_YIELD_FROM_ITER: generators as they are, anything else through iter(). */
export function genYieldFromIter(o: Val, code: Val): Val {
  if (!isSmall(o) && typeOf(o) == T_GENERATOR) { incref(o); return o; }
  return objGetIter(o);
}

/** The sub-iterator a suspended generator delegates to (yield from), borrowed, or 0. */
function genYieldFrom(g: Val): Val {
  if (genState(g) != GS.SUSPENDED) return 0;
  let f = genFrame(g);
  let ip = <usize>load<u32>(f, 24);
  let w = load<u32>(ip - 4);
  if ((w & 0xff) != Op.YIELD_VALUE || (w >> 8) == 0) return 0;
  return load<u32>(<usize>load<u32>(f, 28) - 4);
}

/**
 * g.throw(exc): exc (an exception instance, stolen) is raised at the yield point, or forwarded to
 * the sub-iterator of a yield from. Returns the next yielded value or 0.
 */
export function genThrow(g: Val, exc: Val, closing: bool): Val {
  let yf = genYieldFrom(g);
  if (yf != 0) {
    incref(yf);
    let r: Val = 0;
    let handled = false;
    if (!isSmall(yf) && typeOf(yf) == T_GENERATOR) {
      store<u32>(g, GS.RUNNING, 20);
      incref(exc);
      r = genThrow(yf, exc, closing);
      store<u32>(g, GS.SUSPENDED, 20);
      handled = true;
    } else if (closing) {
      let close = objGetAttrOpt(yf, idStr(Id.close));
      if (close != 0) { let cr = callObject(close, 0, 0, 0); decref(close); if (cr != 0) decref(cr); else { decref(exc); exc = fetchExc(); } }
      else if (excPending()) { decref(exc); exc = fetchExc(); }
    } else {
      let th = objGetAttrOpt(yf, idStr(Id.throw_));
      if (th != 0) { r = call1(th, exc); decref(th); handled = true; }
      else if (excPending()) { decref(exc); exc = fetchExc(); }
    }
    if (handled) {
      decref(yf);
      if (r != 0) {
        if (genReturned && typeOf(yf) == T_GENERATOR) {
          // the sub-generator returned: finish the SEND loop with its value
          decref(exc);
          return genSendExit(g, r);
        }
        decref(exc);
        return r;
      }
      decref(exc);
      if (excMatches(excType(E.StopIteration))) {
        let x = fetchExc();
        let val = stopIterationValue(x);
        decref(x);
        return genSendExit(g, val);
      }
      exc = fetchExc();
    } else {
      decref(yf);
    }
  }
  raiseObj(exc);
  return genResume(g, 0, true);
}

/** End a yield-from loop: pop the sub-iterator, push its result, continue after the SEND. */
function genSendExit(g: Val, value: Val): Val {
  let f = genFrame(g);
  let code = load<u32>(f);
  let words = codeWords(code);
  let ip = <usize>load<u32>(f, 24);            // the JUMP back to SEND
  let jw = load<u32>(ip);
  let sendAt = words + (<usize>(jw >> 8) << 2);
  let exitTarget = load<u32>(sendAt) >> 8;
  let sp = <usize>load<u32>(f, 28);
  let sub = load<u32>(sp - 4);
  store<u32>(sp - 4, value);
  decref(sub);
  store<u32>(f, <u32>(words + (<usize>exitTarget << 2)), 24);
  // resume with nothing to push: the value is in place
  store<u32>(g, GS.RUNNING, 20);
  let outerHandled = excHandled;
  setExcHandled(load<u32>(g, 24));
  store<u32>(g, 0, 24);
  store<u32>(f, <u32>curFrame, 20);
  setCallDepth(callDepth + 1);
  let r = run(f);
  setCallDepth(callDepth - 1);
  store<u32>(g, excHandled, 24);
  setExcHandled(outerHandled);
  genReturned = false;
  if (yielded) { clearYielded(); store<u32>(g, GS.SUSPENDED, 20); return r; }
  genFinish(g);
  if (r != 0) genReturned = true;
  return r;
}

/** g.close(): GeneratorExit at the yield point. true on success. */
export function genClose(g: Val): bool {
  let state = genState(g);
  if (state == GS.FINISHED) return true;
  if (state == GS.CREATED) { genFinish(g); return true; }
  let exc = newGeneratorExit();
  if (exc == 0) return false;
  let r = genThrow(g, exc, true);
  if (r != 0) {
    let wasYield = !genReturned;
    decref(r);
    if (wasYield) { raiseMsg(E.RuntimeError, "generator ignored GeneratorExit"); return false; }
    return true;
  }
  if (excMatches(excType(E.GeneratorExit)) || excMatches(excType(E.StopIteration))) { clearExc(); return true; }
  return !excPending();
}

import { excNew } from "./exc";
import { tupleEmpty } from "./tuple";
function newGeneratorExit(): Val { return excNew(excType(E.GeneratorExit), tupleEmpty()); }

/** Release everything a generator holds (dealloc and the cycle collector). */
export function genClear(g: Val): void {
  if (genState(g) != GS.FINISHED) genFinish(g);
}

import { printUnraisable } from "../vm/ops_exc";
export function genDealloc(g: Val): void {
  if (genState(g) == GS.SUSPENDED && !(load<u32>(g - 4) & 1)) {
    store<u32>(g - 4, load<u32>(g - 4) | 1);   // the GC head's finalized bit (PEP 442): once only
    // PEP 342: finalise a suspended generator by closing it (its finally blocks run)
    store<u32>(g, 1, 0);   // resurrect while closing
    let saved = fetchExc();
    if (!genClose(g)) printUnraisable(g);
    raiseObjIfAny(saved);
    if (load<u32>(g) > 1) { store<u32>(g, load<u32>(g) - 1); return; }   // resurrected by the finaliser
  }
  genClear(g);
  let code = load<u32>(g, 8), name = load<u32>(g, 12), qn = load<u32>(g, 16);
  gcFree(g, genBytes(code));
  decref(code);
  xdecref(name);
  xdecref(qn);
}

function raiseObjIfAny(x: Val): void { if (x != 0) raiseObj(x); }

export function genSizeof(g: Val): usize { return heapAllocSize(genBytes(load<u32>(g, 8)) + 8); }
