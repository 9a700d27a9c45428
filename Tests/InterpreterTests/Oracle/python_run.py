"""Runs Python programs the way the corpus test compares them: what each prints, and
the exception that ended it as `Type: message`.

Reads one JSON object per line, {"path": FILE}, and writes {"output": TEXT, "error": TEXT
or null} per line. Programs run under their file name alone, so messages that name the
file (JAX's tracer errors) do not depend on where the repository is.
"""
import contextlib
import os
import io
import json
import sys
import traceback

for line in sys.stdin:
    path = json.loads(line)["path"]
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    output = io.StringIO()
    error = None
    with contextlib.redirect_stdout(output):
        try:
            exec(compile(source, os.path.basename(path), "exec"), {"__name__": "__main__"})
        except BaseException as exception:  # the program's own exception is the result
            if isinstance(exception, SyntaxError):
                error = "%s: %s" % (type(exception).__name__, exception.msg)
            else:
                # The type, the message and any notes, as the end of a traceback shows them.
                error = "".join(traceback.format_exception_only(type(exception), exception)).rstrip("\n")
    print(json.dumps({"output": output.getvalue(), "error": error}))
