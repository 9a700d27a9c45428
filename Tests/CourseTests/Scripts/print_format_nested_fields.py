w = 8
p = 3
x = 3.14159
print(f"[{x:{w}.{p}f}]")
print("[{:{}.{}f}]".format(x, w, p))
print("[{0:{1}}]".format("ab", w))
