print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (10).conjugate(), (3.5).is_integer(), (2 ** 70).bit_length())
