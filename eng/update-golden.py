#!/usr/bin/env python3
"""Regenerates the golden JSON report in tests/Clems.Rules.Tests/Cli/EvaluateJsonGoldenTests.cs from the CLI's output on
the bundled example. Run after a deliberate change of wording or shape, then review the diff."""
import pathlib, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
out = subprocess.run(
    ["dotnet", "run", "--no-build", "--project", str(root / "src/Clems.Rules.Cli"), "--",
     "evaluate", str(root / "docs/examples/clems-cluster.json"), "--format", "json"],
    check=True, capture_output=True, text=True).stdout
assert out.endswith("\n")
body = "\n".join(("        " + line) if line else "" for line in out[:-1].split("\n"))
path = root / "tests/Clems.Rules.Tests/Cli/EvaluateJsonGoldenTests.cs"
text = path.read_text()
start = text.index('private const string Expected = """\n') + len('private const string Expected = """\n')
end = text.index('\n        """;', start)
path.write_text(text[:start] + body + text[end:])
print(f"golden report: {out.count(chr(10))} lines", file=sys.stderr)
