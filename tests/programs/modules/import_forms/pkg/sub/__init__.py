print("pkg.sub: init", __name__)
