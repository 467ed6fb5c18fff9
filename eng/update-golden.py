#!/usr/bin/env python3
"""Regenerates the golden files in tests/Clems.Rules.Tests/Cli/Golden/ from the CLI's output: each file holds, byte for
byte, what one clems-rules command prints (the report JSON of the bundled example, ending in a newline). Run after a
deliberate change of wording or shape, then review the diff of the golden files.

    python3 eng/update-golden.py               # builds the CLI (Release), then writes every golden file
    python3 eng/update-golden.py --no-build    # uses the CLI as last built in Release
"""
import argparse, pathlib, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
cli = root / "src/Clems.Rules.Cli"
golden = root / "tests/Clems.Rules.Tests/Cli/Golden"

# Each golden file and the clems-rules arguments whose standard output it holds; the tests that read these files
# (tests/Clems.Rules.Tests/Cli/EvaluateJsonGoldenTests.cs) run the same arguments.
GOLDEN = {
    "evaluate-clems-cluster.json": ["evaluate", "docs/examples/clems-cluster.json", "--format", "json"],
}

parser = argparse.ArgumentParser(description="Regenerates the golden files in tests/Clems.Rules.Tests/Cli/Golden/ from the CLI's output.")
parser.add_argument("--no-build", action="store_true", help="do not build the CLI first")
options = parser.parse_args()

if not options.no_build:
    build = subprocess.run(["dotnet", "build", str(cli), "-c", "Release"], cwd=root, capture_output=True, text=True)
    if build.returncode != 0:
        sys.exit(build.stdout + build.stderr + "\nupdate-golden: the CLI did not build; no golden file was written.")

for name, args in GOLDEN.items():
    run = subprocess.run(
        ["dotnet", "run", "--no-build", "-c", "Release", "--project", str(cli), "--", *args],
        cwd=root, capture_output=True)
    if run.returncode != 0 or run.stderr:
        sys.exit(f"update-golden: clems-rules {' '.join(args)} exited with {run.returncode}, writing to stderr:\n"
                 + run.stderr.decode("utf-8", "replace") + "\nno further golden file was written.")
    out = run.stdout
    newline = b"\n"
    assert out.endswith(newline), f"clems-rules {' '.join(args)}: the output does not end in a newline"
    path = golden / name
    path.parent.mkdir(parents=True, exist_ok=True)
    changed = not path.exists() or path.read_bytes() != out
    path.write_bytes(out)
    print(f"{path.relative_to(root)}: {out.count(newline)} lines, {'changed' if changed else 'unchanged'}", file=sys.stderr)
