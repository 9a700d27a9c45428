print(abs(-7), abs(3.5), abs(-0.0), round(7.5), round(8.5), round(-0.5), round(3.14159, 3), round(1234.5678, -2), round(5))
