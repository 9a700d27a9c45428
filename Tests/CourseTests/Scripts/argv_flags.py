# argv: --timeout 5 -c - -v input.txt
import sys
print(sys.argv)
print(len(sys.argv))
print(sys.argv[1:])
