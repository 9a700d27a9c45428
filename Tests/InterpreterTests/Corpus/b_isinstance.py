print(isinstance(3, (str, int)), isinstance([], list), isinstance({}, dict), isinstance(None, type(None)), isinstance(True, bool), isinstance(1, bool))
