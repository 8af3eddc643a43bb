// Kinds: the native layout and behaviour of a type's instances.
//
// Every type has a kind. Builtin types have their own; a Python class inherits the kind of its
// builtin base (class Foo(list) has kind LIST, a plain class has kind OBJECT) and adds the HEAP
// flag, so generic operations (vm/ops.ts) switch on the kind for native behaviour and consult the
// class's special methods (obj/type.ts typeSpecial) first only when the HEAP flag is set.
//
// ORDER KIND: obj/type.ts builtinTypes() creates one static type per kind that has one.

export const enum Kind {
  OBJECT = 0,      // object(), and instances of classes whose builtin base is object
  NONE,
  NOTIMPL,
  ELLIPSIS,
  BOOL,
  INT,             // boxed big int (small ints are tagged values, see obj/object.ts)
  FLOAT,
  STR,
  BYTES,
  BYTEARRAY,
  TUPLE,
  LIST,
  DICT,
  SET,
  FROZENSET,
  RANGE,
  SLICE,
  FUNCTION,
  BUILTIN,         // native function or method descriptor
  METHOD,          // bound method of a Python function
  CODE,
  CELL,
  MODULE,
  TYPE,
  EXCEPTION,       // BaseException and subclasses
  GENERATOR,
  PROPERTY,
  STATICMETHOD,
  CLASSMETHOD,
  SUPER,
  TRACEBACK,
  DICT_KEYS,       // views
  DICT_VALUES,
  DICT_ITEMS,
  SEQ_ITER,        // iterators over list/tuple/str/bytes/range/__getitem__ sequences
  DICT_ITER,       // over keys/values/items of a dict, or a set
  ENUMERATE,
  ZIP,
  MAP,
  FILTER,
  REVERSED,
  CALL_ITER,       // iter(callable, sentinel)
  NATIVE_ITER,     // iterators implemented by a native "next" function (itertools, …)
  WEAKREF,
  MEMBER,          // a __slots__ member descriptor
  NATIVE_DATA,     // an opaque object of a native module
  COUNT,
}

/** Type flags (PyType.flags). */
export const enum TF {
  HEAP = 1,          // created by a class statement or type(); has specials
  BASETYPE = 2,      // may be subclassed
  GC = 4,            // instances carry a GC head and are tracked by the cycle collector
  ABSTRACT = 8,      // cannot be instantiated directly
  EXC = 16,          // a BaseException subclass
  IS_TYPE = 32,      // a subclass of type (a metaclass)
  HAS_FINALIZER = 64, // defines __del__
  PLAIN_ATTRS = 128  // instances have a __dict__, and no data descriptor or __getattribute__/__setattr__
                     // override affects attribute access: an instance-dict entry is the answer.
                     // Valid only while specialsVersion == version (obj/type.ts typeFillSpecials).
}
