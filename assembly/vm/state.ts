// The interpreter's thread state: one Python thread per core instance.

import { Val } from "../obj/object";

/** The byte budget given to heapInit (--heap). */
let budget: usize = 0;
export function setHeapBudget(b: usize): void { budget = b; }
export function heapBudget(): usize { return budget; }

/** The current frame (vm/frame.ts), 0 outside Python code. */
export let curFrame: usize = 0;
export function setCurFrame(f: usize): void { curFrame = f; }

/** Python call depth (frames on the frame stack plus running generators), against the recursion limit. */
export let callDepth: u32 = 0;
export function setCallDepth(d: u32): void { callDepth = d; }

/** Native recursion depth (repr/eq of nested containers, nested run() calls), against a fixed limit. */
export let nativeDepth: u32 = 0;
export function setNativeDepth(d: u32): void { nativeDepth = d; }

/** The exception being handled (sys.exc_info()), owned; 0 when none. */
export let excHandled: Val = 0;
export function setExcHandled(x: Val): void { excHandled = x; }
