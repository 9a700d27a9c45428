"""CPython's full traceback for a program, for the traceback differential tests.

Reads one JSON object per line, {"name": FILE_NAME, "source": TEXT}, and writes
{"report": TEXT or null} per line: the traceback exactly as CPython prints it for the
program run under that file name (its own frame left out), or null when it ends normally.
"""
import contextlib
import io
import json
import linecache
import sys
import traceback

for line in sys.stdin:
    case = json.loads(line)
    name, source = case["name"], case["source"]
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)
    report = None
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            exec(compile(source, name, "exec"), {"__name__": "__main__"})
        except BaseException as error:  # the program's exception is what is compared
            report = "".join(traceback.format_exception(type(error), error, error.__traceback__.tb_next))
    print(json.dumps({"report": report}))
