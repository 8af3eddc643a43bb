from d_from import D
C = 1
