s = "e\u0301t\u00e9 \U0001F40D\r\n"
print(len(s), [len(c) for c in s], s[0], s[1:3], repr(s[-2:]), s.upper(), s.title())
print("e\u0301" == "\u00e9", {"e\u0301": 1, "\u00e9": 2}, "\u00e9" in "e\u0301")
print(s.find("\u0301"), s.count("e"), s.split(), s.replace("\u0301", "!"), s.startswith("e\u0301"), s.endswith("\n"))
print("a\r\nb\nc".splitlines(), "a\r\nb\nc".splitlines(True), "x".center(4, "\u00e9"), "\u00e9".zfill(3))
print("abcabc".find("c", 3), "abcabc".rfind("a", 0, 3), "abcabc".count("a", 1), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
print("a,b,,c".split(","), "a b  c".split(None, 1), "a,b,c".rsplit(",", 1), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("ab".replace("", "-"), "aaa".replace("a", "b", 2), "Hello World".swapcase(), "hello world".capitalize())
print("\u0660\u0661".isdigit(), "\u00bd".isnumeric(), "\u00bd".isdigit(), "abc".isascii(), "\u00e9".isascii(), "ABC".isupper(), " \t\x1c".isspace())
print(sorted(["\u00e9", "e", "f", "E"]), "\u00e9" > "e", f"[{chr(233):>3}]")
for c in "a\u0301":
    print(ord(c))
try:
    "x".center(3, "ab")
except TypeError as e:
    print("TypeError:", e)
