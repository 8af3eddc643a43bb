from c_from import C
D = 2
