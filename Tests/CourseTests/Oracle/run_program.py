"""Runs one program of Tests/CourseTests/Scripts/ the way a user runs it, under a given
runner (`python3`, or the `course` binary followed by `run`), and prints what it gave as
JSON: a list with one entry per run, each with the program's standard output and error
(base64, byte for byte), how it ended, and the files it left in its working directory.

    python3 run_program.py FOLDER PROGRAM RUNNER [RUNNER ARGUMENTS...]

The same driver runs both sides, so the two are compared under identical conditions:
the working directory FOLDER (emptied, then holding only the program: python3 shows a
script's absolute path, so both sides must run it from the same place), the same
environment, the same pipes.
A program says how it is run in comment lines at its top:

    # argv: a b --c        its arguments (split on spaces)
    # via: -c | stdin      run as `-c SOURCE` or from standard input instead of by name
    # streams: merged      standard output and error go to one file, in the order written
    # buffering: both      run twice: PYTHONUNBUFFERED unset, then set to 1
                           (unbuffered: only set; default: only unset)
    # pipe: head           standard output is read up to its first line, then closed
    # interrupt: ready     SIGINT once the program has printed the line `ready`
    # needs: matplotlib    python3 must import it (else the recorded expectation is used)
"""
import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

LIMIT = 60


def directives(source):
    found = {}
    for line in source.splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line[1:].strip().partition(":")
        found[key.strip()] = value.strip()
    return found


def encode(data):
    return base64.b64encode(data).decode("ascii")


def ordinary_signals():
    """In the child: Ctrl-C as in a terminal, whatever the test runner blocked or ignored
    (a blocked or ignored SIGINT is inherited, and both sides would then never see it)."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_once(folder, program, source, runner, settings, unbuffered):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    name = os.path.basename(program)
    shutil.copy(program, os.path.join(folder, name))
    environment = dict(os.environ)
    environment.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        environment["PYTHONUNBUFFERED"] = "1"
    arguments = settings.get("argv", "").split()
    via = settings.get("via")
    if via == "-c":
        command = runner + ["-c", source] + arguments
    elif via == "stdin":
        command = runner + ["-"] + arguments
    else:
        command = runner + [name] + arguments
    stdin = subprocess.PIPE if via == "stdin" else subprocess.DEVNULL
    merged = settings.get("streams") == "merged"
    result = {"unbuffered": unbuffered}
    output_path = os.path.join(tempfile.mkdtemp(prefix="script-output-"), "out")
    error_path = output_path + ".err"
    with open(output_path, "wb") as output_file, open(error_path, "wb") as error_file:
        piped = "pipe" in settings or "interrupt" in settings
        # Unbuffered: reading up to `ready` must not take more than that line out of the
        # pipe (what a buffered reader took would be lost to the final read).
        process = subprocess.Popen(
            command, cwd=folder, env=environment, stdin=stdin, bufsize=0,
            stdout=subprocess.PIPE if piped else output_file,
            stderr=output_file if merged else error_file, preexec_fn=ordinary_signals)
        if via == "stdin":
            process.stdin.write(source.encode("utf-8"))
            process.stdin.close()
        read = b""
        if "pipe" in settings:
            read = process.stdout.readline()
            process.stdout.close()
        elif "interrupt" in settings:
            deadline = time.monotonic() + LIMIT
            while not read.endswith(b"ready\n") and time.monotonic() < deadline:
                chunk = process.stdout.readline()
                if not chunk:
                    break
                read += chunk
            time.sleep(0.3)
            process.send_signal(signal.SIGINT)
        try:
            if "interrupt" in settings:
                read += process.communicate(timeout=LIMIT)[0]
            process.wait(timeout=LIMIT)
            status = process.returncode
            result["ending"] = "signal %d" % -status if status < 0 else "exit %d" % status
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            result["ending"] = "still running after %d s" % LIMIT
    with open(output_path, "rb") as handle:
        result["stdout"] = encode(read + handle.read())
    with open(error_path, "rb") as handle:
        result["stderr"] = encode(handle.read())
    files = []
    for root, _, names in os.walk(folder):
        for file in names:
            path = os.path.relpath(os.path.join(root, file), folder)
            if path != name:
                files.append(path)
    result["files"] = sorted(files)
    shutil.rmtree(folder)
    shutil.rmtree(os.path.dirname(output_path))
    return result


def main():
    folder, program, runner = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(program, encoding="utf-8") as handle:
        source = handle.read()
    settings = directives(source)
    buffering = settings.get("buffering", "buffered")
    modes = {"buffered": [False], "unbuffered": [True], "both": [False, True]}[buffering]
    print(json.dumps([run_once(folder, program, source, runner, settings, mode) for mode in modes]))


if __name__ == "__main__":
    main()
