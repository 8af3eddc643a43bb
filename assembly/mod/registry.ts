// Native modules, created when first imported (sys and builtins exist from start-up).

import { Val } from "../obj/object";
import { strEqAS } from "../obj/str";
import { mathModuleNew } from "./math";
import { timeModuleNew } from "./time";
import { gcModuleNew } from "./gcmod";
import { dustModuleNew } from "./dustmod";

/** The native module `name` (a new module object), or 0 if there is no such native module. */
export function nativeModuleInit(name: Val): Val {
  if (strEqAS(name, "math")) return mathModuleNew();
  if (strEqAS(name, "time")) return timeModuleNew();
  if (strEqAS(name, "gc")) return gcModuleNew();
  if (strEqAS(name, "dust")) return dustModuleNew();
  return 0;
}
