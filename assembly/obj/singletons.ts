// The static singletons: None, True, False, NotImplemented, Ellipsis.
//
// ╒═ bool (12 bytes) ═╕   True and False carry their int value at +8 so that int operations on
// │ +8 value i32      │   bools (True + 1) read it without a special case.
// ╘═══════════════════╛

import { Val, initStatic } from "./object";
import { T_NONE, T_BOOL, T_NOTIMPL, T_ELLIPSIS } from "./type";

const NONE: usize = memory.data(16, 8);
const TRUE: usize = memory.data(16, 8);
const FALSE: usize = memory.data(16, 8);
const NOTIMPL: usize = memory.data(16, 8);
const ELLIPSIS: usize = memory.data(16, 8);

export function singletonsInit(): void {
  initStatic(NONE, T_NONE);
  initStatic(TRUE, T_BOOL);
  store<i32>(TRUE, 1, 8);
  initStatic(FALSE, T_BOOL);
  store<i32>(FALSE, 0, 8);
  initStatic(NOTIMPL, T_NOTIMPL);
  initStatic(ELLIPSIS, T_ELLIPSIS);
}

// @ts-ignore: decorator
@inline export function noneVal(): Val { return <Val>NONE; }
// @ts-ignore: decorator
@inline export function trueVal(): Val { return <Val>TRUE; }
// @ts-ignore: decorator
@inline export function falseVal(): Val { return <Val>FALSE; }
// @ts-ignore: decorator
@inline export function notImplVal(): Val { return <Val>NOTIMPL; }
// @ts-ignore: decorator
@inline export function ellipsisVal(): Val { return <Val>ELLIPSIS; }
/** True or False (static, so no incref is needed). */
// @ts-ignore: decorator
@inline export function boolVal(b: bool): Val { return b ? <Val>TRUE : <Val>FALSE; }
