"""Evaluates Python expressions with NumPy, one per input line, and prints one JSON
string per line: the repr of the value (its str when the line starts with "str:"), or
"Type: message" for the error raised."""
import json
import sys
import warnings

import numpy as np

warnings.simplefilter("ignore")
for line in sys.stdin:
    show = repr
    if line.startswith("str:"):
        show, line = str, line[len("str:"):]
    try:
        result = show(eval(line, {"np": np}))
    except Exception as error:
        result = f"{type(error).__name__}: {error}"
    print(json.dumps(result))
