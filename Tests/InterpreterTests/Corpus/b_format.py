print(format(3.14159, '.2f'), format(42, '08b'), format(1234567, ','), format('x', '^5'), format(0.5, '%'), format(12, 'x'))
