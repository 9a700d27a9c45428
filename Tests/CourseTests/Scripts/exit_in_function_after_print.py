# buffering: both
import sys

def finish(code):
    print("finishing with", code)
    sys.exit(code)

print("start")
finish(5)
