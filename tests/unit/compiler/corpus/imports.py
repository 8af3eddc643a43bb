"""Imports of every form."""
import os
import os.path
import os.path as osp
import a.b.c as d
import x, y as z
from os import path
from os import path as p, sep
from . import sibling
from .mod import name
from ..pkg.mod import (a, b as c,)
from ... import up
from m import *
def local_import():
    import json
    from json import dumps as d
    return json, d
