"""Records what python3 gives for the script-contract programs that need a module a CI
machine's python3 may lack (a `# needs: matplotlib` line in their header).

Each `Tests/CourseTests/Scripts/NAME.py` with such a line gets `NAME.expected.json`: the
runs the driver (`Tests/CourseTests/Oracle/run_program.py`) reports under python3, made
in the same working folder the test uses, so paths in tracebacks agree:

    python3 tools/make_script_expectations.py

The fixtures were made with python3 3.11, NumPy 2.4 and matplotlib 3.11.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

scripts = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "CourseTests" / "Scripts"
driver = scripts.parent / "Oracle" / "run_program.py"
for program in sorted(scripts.glob("*.py")):
    header = program.read_text(encoding="utf-8").splitlines()
    needs = [line for line in header if line.startswith("# needs:")]
    if not needs:
        continue
    folder = pathlib.Path(tempfile.gettempdir()) / "course-script-contract" / program.stem
    result = subprocess.run(
        [sys.executable, str(driver), str(folder), str(program), sys.executable],
        capture_output=True, text=True, check=True)
    target = program.with_suffix(".expected.json")
    target.write_text(json.dumps(json.loads(result.stdout), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print("wrote", target.relative_to(scripts.parent.parent.parent))
