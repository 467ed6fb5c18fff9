#!/usr/bin/env bash
# Mutation testing of Clems.Rules with Stryker.NET (the local tool pinned in .config/dotnet-tools.json).
# Mutates the rules (**/*Rule.cs), the allocator (Allocation/) and the fact projection (Engine/FactProjection*.cs),
# as set in eng/stryker-config.json, and kills mutants with tests/Clems.Rules.Tests. Not run by CI: the full pass is slow.
# Reports (html, json) land in StrykerOutput/<timestamp>/reports/ at the repository root (ignored by git).
#
# Usage: eng/mutation-test.sh [extra Stryker arguments...]
#   eng/mutation-test.sh                                              # the full pass
#   eng/mutation-test.sh --mutate "**/Allocation/LotteryTicket.cs"    # a quick run on one file (replaces the config's globs)
#   eng/mutation-test.sh --concurrency 2                              # more parallel test runners
# Stryker's exit code is passed through (non-zero below the break threshold, which is 0 in the config).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
dotnet tool restore
# Stryker runs from the test project's folder: from the repository root it would switch to solution mode (it finds
# Clems.Rules.sln), which refuses an explicit test project. Paths in eng/stryker-config.json are relative to that folder.
cd tests/Clems.Rules.Tests
exec dotnet tool run dotnet-stryker \
  --config-file ../../eng/stryker-config.json \
  --output "$repo_root/StrykerOutput/$(date +%Y-%m-%d.%H-%M-%S)" \
  --skip-version-check \
  "$@"
