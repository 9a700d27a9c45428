π = 3.14159
naïve = 'yes'
print(π * 2, naïve, len('héllo'), 'ü'.upper())
