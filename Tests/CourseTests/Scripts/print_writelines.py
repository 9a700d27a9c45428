import sys
sys.stdout.writelines(["a\n", "b", "c\n"])
sys.stdout.writelines([])
sys.stderr.writelines(["e1\n", "e2\n"])
print("end")
