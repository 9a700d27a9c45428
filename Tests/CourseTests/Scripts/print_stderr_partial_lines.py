import sys
sys.stderr.write("progress: ")
for i in range(5):
    sys.stderr.write(str(i))
    sys.stderr.write(" ")
sys.stderr.write("done\n")
sys.stderr.write("no newline")
