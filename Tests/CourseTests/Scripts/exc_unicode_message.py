raise ValueError("naïve café — 日本 ✓")
