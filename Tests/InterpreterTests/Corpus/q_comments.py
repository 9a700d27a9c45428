# leading comment
x = 5  # trailing
# another
print(x)  # done
