from .. import util
from ..util import double as dbl
from . import helper_mod
def quad(x):
    return dbl(util.double(x))
NAME = __name__ + " / " + helper_mod.TAG
