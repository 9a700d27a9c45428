import sys
n = sys.stdout.write("hello\n")
print(n)
m = sys.stdout.write("")
print(m)
k = sys.stdout.write("héllo 日本\n")
print(k)
