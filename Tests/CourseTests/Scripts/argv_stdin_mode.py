# via: stdin
# argv: x y
import sys
import warnings
print(__file__)
print(sys.argv)
warnings.warn("from stdin")
