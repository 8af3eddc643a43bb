# list[int] and friends are types.GenericAlias objects (PEP 585), not the classes themselves
alias = list[int]
print(alias, dict[str, list[int]], tuple[int, ...], type[int])
print(type(alias).__name__, alias.__origin__, alias.__args__, alias == list[int], alias([1, 2]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
def f(x: list[int]) -> dict[str, int]:
    return {}
print(f.__annotations__)
