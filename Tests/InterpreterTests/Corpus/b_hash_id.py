print(hash(1) == hash(1.0), hash('a') == hash('a'), id(None) == id(None), id([]) != 0)
