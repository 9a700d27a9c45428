# via: -c
# argv: one --two
import sys
print(sys.argv)
print(__name__)
raise ValueError("from -c")
