"""CPython's tokens, literal values and syntax errors for the lexer's differential tests.

Reads one JSON object per line, {"source": TEXT}, and writes one JSON object per line:
{"tokens": [[KIND, TEXT, LINE, COLUMN, VALUE], ...]} with comments and non-logical line
breaks left out, or {"error": "Type: message", "line": N, "offset": N} when compile()
rejects the source.
"""
import ast
import io
import json
import struct
import sys
import tokenize
import warnings

warnings.simplefilter("ignore")


def value(kind, text):
    if kind == "NUMBER":
        lowered = text.lower().replace("_", "")
        if lowered.endswith("j"):
            return ["imaginary", struct.pack("<d", float(lowered[:-1])).hex()]
        if lowered.startswith(("0x", "0o", "0b")):
            return ["integer", lowered[2:], {"x": 16, "o": 8, "b": 2}[lowered[1]]]
        if any(c in lowered for c in ".e"):
            return ["float", struct.pack("<d", float(lowered)).hex()]
        return ["integer", lowered, 10]
    if kind == "STRING":
        prefix = text[: len(text) - len(text.lstrip("rRbBuUfF"))].lower()
        if "f" in prefix:
            return ["formatted"]
        literal = ast.literal_eval(text)
        if isinstance(literal, bytes):
            return ["bytes", list(literal)]
        return ["plain", [ord(c) for c in literal]]
    return None


def answer(source):
    try:
        compile(source, "<cell>", "exec")
    except SyntaxError as error:
        return {"error": "%s: %s" % (type(error).__name__, error.msg), "line": error.lineno, "offset": error.offset}
    tokens = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        kind = tokenize.tok_name[token.type]
        if kind in ("COMMENT", "NL", "ENCODING"):
            continue
        tokens.append([kind, token.string, token.start[0], token.start[1], value(kind, token.string)])
    return {"tokens": tokens}


for line in sys.stdin:
    print(json.dumps(answer(json.loads(line)["source"])))
