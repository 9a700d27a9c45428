print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)], round(0.125, 2), round(0.375, 2), round(2.675, 2))
