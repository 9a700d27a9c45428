import sys
try:
    raise ValueError("hidden")
finally:
    sys.exit(3)
