print("using quit")
quit()
print("unreachable")
