import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("more", "stderr", sep=", ", end=";\n", file=sys.stderr)
print("back to stdout")
