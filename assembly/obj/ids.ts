// Identifiers the core needs as interned strs (created at start-up by obj/str.ts). Edit by hand; keep the specials first.
// The first SP_COUNT ids are the special methods cached per class (obj/type.ts typeSpecial).

export const enum Id {
  D_repr = 0,
  D_str = 1,
  D_hash = 2,
  D_eq = 3,
  D_ne = 4,
  D_lt = 5,
  D_le = 6,
  D_gt = 7,
  D_ge = 8,
  D_bool = 9,
  D_len = 10,
  D_getitem = 11,
  D_setitem = 12,
  D_delitem = 13,
  D_contains = 14,
  D_iter = 15,
  D_next = 16,
  D_call = 17,
  D_getattribute = 18,
  D_getattr = 19,
  D_setattr = 20,
  D_delattr = 21,
  D_get = 22,
  D_set = 23,
  D_delete = 24,
  D_add = 25,
  D_and = 26,
  D_floordiv = 27,
  D_lshift = 28,
  D_matmul = 29,
  D_mul = 30,
  D_mod = 31,
  D_or = 32,
  D_pow = 33,
  D_rshift = 34,
  D_sub = 35,
  D_truediv = 36,
  D_xor = 37,
  D_radd = 38,
  D_rand = 39,
  D_rfloordiv = 40,
  D_rlshift = 41,
  D_rmatmul = 42,
  D_rmul = 43,
  D_rmod = 44,
  D_ror = 45,
  D_rpow = 46,
  D_rrshift = 47,
  D_rsub = 48,
  D_rtruediv = 49,
  D_rxor = 50,
  D_iadd = 51,
  D_iand = 52,
  D_ifloordiv = 53,
  D_ilshift = 54,
  D_imatmul = 55,
  D_imul = 56,
  D_imod = 57,
  D_ior = 58,
  D_ipow = 59,
  D_irshift = 60,
  D_isub = 61,
  D_itruediv = 62,
  D_ixor = 63,
  D_neg = 64,
  D_pos = 65,
  D_abs = 66,
  D_invert = 67,
  D_index = 68,
  D_int = 69,
  D_float = 70,
  D_enter = 71,
  D_exit = 72,
  D_del = 73,
  D_format = 74,
  D_reversed = 75,
  D_init = 76,
  D_new = 77,
  D_missing = 78,
  D_round = 79,
  D_trunc = 80,
  D_floor = 81,
  D_ceil = 82,
  D_length_hint = 83,
  D_name = 84,
  D_qualname = 85,
  D_module = 86,
  D_doc = 87,
  D_dict = 88,
  D_class = 89,
  D_bases = 90,
  D_mro = 91,
  D_base = 92,
  D_slots = 93,
  D_init_subclass = 94,
  D_set_name = 95,
  D_class_getitem = 96,
  D_classcell = 97,
  D_builtins = 98,
  D_main = 99,
  D_file = 100,
  D_package = 101,
  D_path = 102,
  D_spec = 103,
  D_all = 104,
  D_annotations = 105,
  D_import = 106,
  D_build_class = 107,
  D_prepare = 108,
  D_self = 109,
  D_func = 110,
  D_wrapped = 111,
  D_defaults = 112,
  D_kwdefaults = 113,
  D_closure = 114,
  D_code = 115,
  D_globals = 116,
  D_traceback = 117,
  D_cause = 118,
  D_context = 119,
  D_suppress_context = 120,
  D_loader = 121,
  D_weakref = 122,
  D_objclass = 123,
  D_isabstractmethod = 124,
  D_instancecheck = 125,
  D_subclasscheck = 126,
  D_subclasses = 127,
  D_sizeof = 128,
  D_reduce = 129,
  D_reduce_ex = 130,
  D_getstate = 131,
  D_setstate = 132,
  D_copy = 133,
  D_deepcopy = 134,
  D_dir = 135,
  D_mro_entries = 136,
  D_orig_bases = 137,
  D_notes = 138,
  D_stop = 139,
  D_fspath = 140,
  D_aenter = 141,
  D_aexit = 142,
  args = 143,
  send = 144,
  throw_ = 145,
  close = 146,
  append = 147,
  extend = 148,
  keys = 149,
  values = 150,
  items = 151,
  get = 152,
  pop = 153,
  update = 154,
  copy = 155,
  fget = 156,
  fset = 157,
  fdel = 158,
  cell_contents = 159,
  co_name = 160,
  co_filename = 161,
  co_firstlineno = 162,
  co_argcount = 163,
  co_varnames = 164,
  co_code = 165,
  co_consts = 166,
  co_names = 167,
  co_flags = 168,
  gi_frame = 169,
  gi_running = 170,
  gi_code = 171,
  gi_yieldfrom = 172,
  tb_next = 173,
  tb_lineno = 174,
  tb_frame = 175,
  real = 176,
  imag = 177,
  numerator = 178,
  denominator = 179,
  start = 180,
  stop = 181,
  step = 182,
  end = 183,
  sep = 184,
  file = 185,
  flush = 186,
  key = 187,
  reverse = 188,
  default_ = 189,
  strict = 190,
  errors = 191,
  encoding = 192,
  mro = 193,
  stdout = 194,
  stderr = 195,
  stdin = 196,
  argv = 197,
  modules = 198,
  path = 199,
  write = 200,
  builtins = 201,
  sys = 202,
  main = 203,
  ANGLE_module = 204,
  ANGLE_lambda = 205,
  ANGLE_listcomp = 206,
  ANGLE_dictcomp = 207,
  ANGLE_setcomp = 208,
  ANGLE_genexpr = 209,
}
export const SP_COUNT: i32 = 84;
export const ID_COUNT: i32 = 210;

export function idText(id: i32): string {
  switch (id) {
    case 0: return "__repr__";
    case 1: return "__str__";
    case 2: return "__hash__";
    case 3: return "__eq__";
    case 4: return "__ne__";
    case 5: return "__lt__";
    case 6: return "__le__";
    case 7: return "__gt__";
    case 8: return "__ge__";
    case 9: return "__bool__";
    case 10: return "__len__";
    case 11: return "__getitem__";
    case 12: return "__setitem__";
    case 13: return "__delitem__";
    case 14: return "__contains__";
    case 15: return "__iter__";
    case 16: return "__next__";
    case 17: return "__call__";
    case 18: return "__getattribute__";
    case 19: return "__getattr__";
    case 20: return "__setattr__";
    case 21: return "__delattr__";
    case 22: return "__get__";
    case 23: return "__set__";
    case 24: return "__delete__";
    case 25: return "__add__";
    case 26: return "__and__";
    case 27: return "__floordiv__";
    case 28: return "__lshift__";
    case 29: return "__matmul__";
    case 30: return "__mul__";
    case 31: return "__mod__";
    case 32: return "__or__";
    case 33: return "__pow__";
    case 34: return "__rshift__";
    case 35: return "__sub__";
    case 36: return "__truediv__";
    case 37: return "__xor__";
    case 38: return "__radd__";
    case 39: return "__rand__";
    case 40: return "__rfloordiv__";
    case 41: return "__rlshift__";
    case 42: return "__rmatmul__";
    case 43: return "__rmul__";
    case 44: return "__rmod__";
    case 45: return "__ror__";
    case 46: return "__rpow__";
    case 47: return "__rrshift__";
    case 48: return "__rsub__";
    case 49: return "__rtruediv__";
    case 50: return "__rxor__";
    case 51: return "__iadd__";
    case 52: return "__iand__";
    case 53: return "__ifloordiv__";
    case 54: return "__ilshift__";
    case 55: return "__imatmul__";
    case 56: return "__imul__";
    case 57: return "__imod__";
    case 58: return "__ior__";
    case 59: return "__ipow__";
    case 60: return "__irshift__";
    case 61: return "__isub__";
    case 62: return "__itruediv__";
    case 63: return "__ixor__";
    case 64: return "__neg__";
    case 65: return "__pos__";
    case 66: return "__abs__";
    case 67: return "__invert__";
    case 68: return "__index__";
    case 69: return "__int__";
    case 70: return "__float__";
    case 71: return "__enter__";
    case 72: return "__exit__";
    case 73: return "__del__";
    case 74: return "__format__";
    case 75: return "__reversed__";
    case 76: return "__init__";
    case 77: return "__new__";
    case 78: return "__missing__";
    case 79: return "__round__";
    case 80: return "__trunc__";
    case 81: return "__floor__";
    case 82: return "__ceil__";
    case 83: return "__length_hint__";
    case 84: return "__name__";
    case 85: return "__qualname__";
    case 86: return "__module__";
    case 87: return "__doc__";
    case 88: return "__dict__";
    case 89: return "__class__";
    case 90: return "__bases__";
    case 91: return "__mro__";
    case 92: return "__base__";
    case 93: return "__slots__";
    case 94: return "__init_subclass__";
    case 95: return "__set_name__";
    case 96: return "__class_getitem__";
    case 97: return "__classcell__";
    case 98: return "__builtins__";
    case 99: return "__main__";
    case 100: return "__file__";
    case 101: return "__package__";
    case 102: return "__path__";
    case 103: return "__spec__";
    case 104: return "__all__";
    case 105: return "__annotations__";
    case 106: return "__import__";
    case 107: return "__build_class__";
    case 108: return "__prepare__";
    case 109: return "__self__";
    case 110: return "__func__";
    case 111: return "__wrapped__";
    case 112: return "__defaults__";
    case 113: return "__kwdefaults__";
    case 114: return "__closure__";
    case 115: return "__code__";
    case 116: return "__globals__";
    case 117: return "__traceback__";
    case 118: return "__cause__";
    case 119: return "__context__";
    case 120: return "__suppress_context__";
    case 121: return "__loader__";
    case 122: return "__weakref__";
    case 123: return "__objclass__";
    case 124: return "__isabstractmethod__";
    case 125: return "__instancecheck__";
    case 126: return "__subclasscheck__";
    case 127: return "__subclasses__";
    case 128: return "__sizeof__";
    case 129: return "__reduce__";
    case 130: return "__reduce_ex__";
    case 131: return "__getstate__";
    case 132: return "__setstate__";
    case 133: return "__copy__";
    case 134: return "__deepcopy__";
    case 135: return "__dir__";
    case 136: return "__mro_entries__";
    case 137: return "__orig_bases__";
    case 138: return "__notes__";
    case 139: return "__stop__";
    case 140: return "__fspath__";
    case 141: return "__aenter__";
    case 142: return "__aexit__";
    case 143: return "args";
    case 144: return "send";
    case 145: return "throw";
    case 146: return "close";
    case 147: return "append";
    case 148: return "extend";
    case 149: return "keys";
    case 150: return "values";
    case 151: return "items";
    case 152: return "get";
    case 153: return "pop";
    case 154: return "update";
    case 155: return "copy";
    case 156: return "fget";
    case 157: return "fset";
    case 158: return "fdel";
    case 159: return "cell_contents";
    case 160: return "co_name";
    case 161: return "co_filename";
    case 162: return "co_firstlineno";
    case 163: return "co_argcount";
    case 164: return "co_varnames";
    case 165: return "co_code";
    case 166: return "co_consts";
    case 167: return "co_names";
    case 168: return "co_flags";
    case 169: return "gi_frame";
    case 170: return "gi_running";
    case 171: return "gi_code";
    case 172: return "gi_yieldfrom";
    case 173: return "tb_next";
    case 174: return "tb_lineno";
    case 175: return "tb_frame";
    case 176: return "real";
    case 177: return "imag";
    case 178: return "numerator";
    case 179: return "denominator";
    case 180: return "start";
    case 181: return "stop";
    case 182: return "step";
    case 183: return "end";
    case 184: return "sep";
    case 185: return "file";
    case 186: return "flush";
    case 187: return "key";
    case 188: return "reverse";
    case 189: return "default";
    case 190: return "strict";
    case 191: return "errors";
    case 192: return "encoding";
    case 193: return "mro";
    case 194: return "stdout";
    case 195: return "stderr";
    case 196: return "stdin";
    case 197: return "argv";
    case 198: return "modules";
    case 199: return "path";
    case 200: return "write";
    case 201: return "builtins";
    case 202: return "sys";
    case 203: return "main";
    case 204: return "<module>";
    case 205: return "<lambda>";
    case 206: return "<listcomp>";
    case 207: return "<dictcomp>";
    case 208: return "<setcomp>";
    case 209: return "<genexpr>";
  }
  return "";
}
