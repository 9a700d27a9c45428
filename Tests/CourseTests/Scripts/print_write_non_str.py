import sys
sys.stdout.write("fine\n")
sys.stdout.write(123)
