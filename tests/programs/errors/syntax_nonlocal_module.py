# expect: exit 1
# nonlocal at module level
print('never')
nonlocal counter
