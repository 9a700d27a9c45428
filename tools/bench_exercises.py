#!/usr/bin/env python3
"""Times `course check` and `course grade` as students and teachers run them.

Builds nothing: run `swift build -c release --product course` first (or pass --course).
Prints, in one run:
  - `course check` of the four solved sheets, wall time, with the three exercises other
    than detector-signal timed on their own (target: under 2 s) and detector-signal, whose
    check times the answer against the loops within a 2 s budget;
  - `course grade` of N generated student folders (default 100: a mix of solved,
    unstarted, wrong and broken sheets), wall time (target: under 3 minutes on 2 cores).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOLVED = os.path.join(ROOT, "Tests/CourseTests/Fixtures/Solved")
PLACEHOLDERS = os.path.join(ROOT, "Exercises")
SHEETS = ["01-madhava-pi.md", "02-broadcast-shapes.md", "03-detector-signal.md", "04-normalize.md"]


def timed(command, cwd):
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - start, result


def best(command, cwd, runs=5):
    times = []
    for _ in range(runs):
        seconds, result = timed(command, cwd)
        times.append(seconds)
    return min(times), result


def make_students(folder, count):
    """Student i: solved sheets, with every 4th unstarted, every 5th one wrong, every 7th a broken sheet."""
    for index in range(count):
        student = os.path.join(folder, f"student{index:03d}")
        os.makedirs(student)
        for position, name in enumerate(SHEETS):
            source = PLACEHOLDERS if (index + position) % 4 == 0 else SOLVED
            shutil.copy(os.path.join(source, name), os.path.join(student, name))
        if index % 5 == 0:
            path = os.path.join(student, "04-normalize.md")
            text = open(path).read().replace("axis=-1, keepdims=True", "axis=0, keepdims=True")
            open(path, "w").write(text)
        if index % 7 == 0:
            open(os.path.join(student, "02-broadcast-shapes.md"), "w").write("---\nid: broadcast-shapes\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--course", default=os.path.join(ROOT, ".build/release/course"))
    parser.add_argument("--students", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    arguments = parser.parse_args()
    course = arguments.course
    if not os.path.exists(course):
        sys.exit(f"{course}: no such binary; build it with: swift build -c release --product course")

    with tempfile.TemporaryDirectory() as work:
        exercises = os.path.join(work, "Exercises")
        shutil.copytree(SOLVED, exercises)
        check = [course, "check", "--no-progress", "--color", "never"]
        whole, result = best(check, work)
        if result.returncode != 0:
            sys.exit("the solved sheets do not pass:\n" + result.stdout + result.stderr)
        three, _ = best(check + ["madhava-pi", "broadcast-shapes", "normalize"], work)
        detector, result = best(check + ["detector-signal"], work)
        speed = next(line.strip() for line in result.stdout.splitlines() if "faster than the loops" in line)
        print(f"course check, four solved sheets (best of 5): {whole:.2f} s wall")
        print(f"  madhava-pi, broadcast-shapes, normalize: {three:.2f} s (target < 2 s)")
        print(f"  detector-signal, timing included (budget 2 s): {detector:.2f} s")
        print(f"  {speed}")

        submissions = os.path.join(work, "submissions")
        make_students(submissions, arguments.students)
        seconds, result = timed([course, "grade", submissions, "--jobs", str(arguments.jobs)], work)
        if result.returncode != 0:
            sys.exit("grade failed:\n" + result.stderr)
        rows = open(os.path.join(work, "gradebook.csv"), newline="").read().count("\r\n") - 1
        print(f"course grade, {arguments.students} students x 4 exercises ({rows} rows), --jobs {arguments.jobs}: "
              f"{seconds:.1f} s wall (target < 180 s)")


if __name__ == "__main__":
    main()
