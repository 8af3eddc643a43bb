TAG = "tag from " + __name__
