import sys
try:
    sys.exit(9)
except SystemExit as e:
    print("caught SystemExit", e.args)
print("continuing")
