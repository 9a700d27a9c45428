import sys
try:
    sys.exit(7)
except Exception:
    print("wrongly caught")
print("unreachable")
