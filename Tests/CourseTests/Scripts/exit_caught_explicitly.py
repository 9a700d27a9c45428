import sys
try:
    sys.exit(9)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("continuing")
