# custom exceptions: hierarchy, args, __str__ override, extra attributes, catching by base
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg="bad config"):
        super().__init__(key, msg)
        self.key = key
    def __str__(self):
        return "config key %r: %s" % (self.key, self.args[1])
class NoArgs(AppError):
    pass
for exc in (AppError("plain"), ConfigError("port"), NoArgs(), AppError("a", 1)):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
try:
    raise ConfigError("host", "missing")
except ConfigError as e:
    print(e.key, str(e), isinstance(e, Exception), isinstance(e, AppError))
print(issubclass(ConfigError, AppError), issubclass(AppError, BaseException), ConfigError.__mro__)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
class CodeError(ValueError):
    def __init__(self, code):
        self.code = code
        super().__init__("code %d" % code)
try:
    int("x")
except ValueError:
    try:
        raise CodeError(42)
    except ValueError as e:
        print(e, e.code, type(e.__context__).__name__)
print(str(Exception()), repr(Exception()), str(Exception("a", "b")), repr(KeyError("k")), str(KeyError("k")))
e = ValueError("x")
e.extra = 1
print(e.extra, e.args)
class Multi(KeyError, AppError):
    pass
try:
    raise Multi("both")
except AppError as e:
    print("caught as AppError", e)
print(BaseException.__subclasses__ is not None, issubclass(KeyboardInterrupt, Exception))
