# argv: héllo wörld 日本 --x=1
import sys
print(sys.argv[1:])
for a in sys.argv[1:]:
    print(len(a), a)
