# expect: exit 1
# raise ... from ...: the traceback shows the cause, the last line is the new exception
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number: " + text) from e
print(load("12"))
print(load("twelve"))
