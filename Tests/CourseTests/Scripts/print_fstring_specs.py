x = 3.14159265
n = 42
s = "hi"
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:e} {x:g}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:x}|{n:#o}|{n:b}|{n:,}")
print(f"{s!r} {s:>6} {s:*^8} {1234567.891:,.2f} {0.256:.1%}")
print(f"{n=} {x=:.3f} {s=}")
print(f"{{literal}} {n + 1} {[1, 2][0]}")
