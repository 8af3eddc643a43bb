# exec/eval/compile: Dust has no compiler at run time, so they raise NotImplementedError (with a
# message of Dust's own); CPython runs them. Design: each call is wrapped so that the printed line is
# the same either way ("<name> ok" when it works or raises NotImplementedError); any other
# exception escapes and fails the test. The message is never printed, only checked to be a str.
def attempt(label, f):
    try:
        f()
    except NotImplementedError as e:
        if not isinstance(str(e), str):
            print("message is not a str")
    print(label, "ok")
attempt("eval", lambda: eval("1 + 1"))
attempt("exec", lambda: exec("x = 1"))
attempt("compile", lambda: compile("1", "<s>", "eval"))
attempt("eval with globals", lambda: eval("a", {"a": 1}))
print(callable(eval), callable(exec), callable(compile))
print(eval.__name__, exec.__name__, compile.__name__)
print(issubclass(NotImplementedError, RuntimeError))
