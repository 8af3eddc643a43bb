print("pkg.util: loading", __name__)
def double(x):
    return x * 2
