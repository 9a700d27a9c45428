print("trailing   ")
print("   ")
print("tab\t")
print("a", "", "")
