word = "python"
for ch in word:
    print(ch.upper(), end="")
print()
print([c for c in "hello" if c not in "aeiou"], "".join(reversed("stressed")), "abc" < "abd", "B" < "a")
vowels = sum(1 for c in "the quick brown fox" if c in "aeiou")
print(vowels, "x".join("abc"), "hello world".title(), "  padded  ".lstrip() + "|")
