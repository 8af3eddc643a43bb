# A module with no statements: its code is only the implicit return (line 0, as CPython).
