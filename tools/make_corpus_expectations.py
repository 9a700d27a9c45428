"""Records what the real JAX prints for the interpreter's JAX corpus programs.

CI machines need not have JAX, so each `Tests/InterpreterTests/Corpus/jax_*.py` has its
output and ending recorded beside it as `jax_*.expected.json` ({"output", "error"}), made
by this script with the JAX it finds (the fixtures were made with JAX 0.10.2):

    python3 tools/make_corpus_expectations.py
"""
import json
import pathlib
import subprocess
import sys

corpus = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "InterpreterTests" / "Corpus"
runner = corpus.parent / "Oracle" / "python_run.py"
programs = sorted(corpus.glob("jax_*.py"))
lines = "".join(json.dumps({"path": str(path)}) + "\n" for path in programs)
result = subprocess.run([sys.executable, str(runner)], input=lines, capture_output=True, text=True, check=True)
for path, answer in zip(programs, result.stdout.splitlines()):
    target = path.with_suffix(".expected.json")
    target.write_text(json.dumps(json.loads(answer), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print("wrote", target.relative_to(corpus.parent.parent.parent))
