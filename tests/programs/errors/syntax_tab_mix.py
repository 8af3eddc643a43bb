# expect: exit 1
# TabError: a block mixing tabs and spaces inconsistently
if True:
        x = 1
	y = 2
