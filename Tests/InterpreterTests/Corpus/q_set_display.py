print({1, 2, 3} == {3, 2, 1}, sorted({*'abc', *'bcd'}), len({i % 4 for i in range(20)}), set() == frozenset())
