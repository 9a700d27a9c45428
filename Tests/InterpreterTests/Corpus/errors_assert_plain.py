assert 2 < 1
