print("pkg: init")
from .util import double
VERSION = "1.0"
