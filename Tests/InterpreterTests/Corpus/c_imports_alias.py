import math as m
from math import floor, ceil as c
from itertools import chain
print(m.floor(2.7), floor(-1.5), c(1.2), list(chain('ab', 'c')))
