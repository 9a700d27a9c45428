from typing import List, Dict, Optional
def f(xs: List[int], m: Optional[Dict[str, int]] = None) -> int:
    return sum(xs)
x: int = 5
print(f([1, 2]), x)
