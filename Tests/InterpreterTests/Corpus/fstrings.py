x = 3.14159
n = 42
name = "world"
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:^10.2f}| {x:+.1e} {x:g} {n:5d} {n:<5d}| {n:05d} {n:x} {n:#b} {n:,}")
print(f"{1234567.891:,.2f} {0.25:.1%} {name!r} {name:>8} {name:*^11} {n=} {x = :.1f} {name=!s}")
print(f"{{literal}} {n * 2 + 1} {'nested'} {[1, 2][0]} {len(name)} {n if n > 40 else 0}")
width = 8
precision = 3
print(f"{x:{width}.{precision}f}|")
print(f"{1e-7} {1e16} {12.0} {-0.0} {True} {None} {[1, 'a']} {(1,)}")
print(format(3.5, ".3"), format(100.0, ".3"), format(1234.5, ".6"), format(12, "o"), format("s", ">3"))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:>6.2f}".format(2.5))
print("%d items at %.2f each: %s %r %5.1f%%" % (3, 1.5, "ok", "ok", 12.34))
