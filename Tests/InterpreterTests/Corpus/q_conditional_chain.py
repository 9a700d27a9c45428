def grade(score):
    return 'A' if score >= 90 else 'B' if score >= 80 else 'C' if score >= 70 else 'F'
print([grade(s) for s in (95, 85, 75, 5)])
