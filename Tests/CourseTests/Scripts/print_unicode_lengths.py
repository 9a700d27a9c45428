import sys
s = "🐍e\u0301x"
print(len(s), len("👍🏽"), len("\r\n"))
print(sys.stdout.write("🐍\n"))
print(s[0], s[1:3], repr(s[2]), s[::-1] == "x\u0301e🐍")
print(f"[{'🐍':>4}]", "é".center(5, "*"))
