# pipe: head
# buffering: unbuffered
import sys
for i in range(50000):
    sys.stdout.write("%d\n" % i)
