print(len('abc'), len([1,2]), len({}), len(range(3, 10, 2)), len((1,)), len({1,2,2}))
