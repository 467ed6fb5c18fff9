#!/usr/bin/env bash
# Rebuilds a project and appends every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to its
# PublicAPI.Unshipped.txt. Review the diff before committing: the file is the record of the package's public surface.
# Usage: eng/update-public-api.sh src/Clems.Rules
set -euo pipefail
project_dir="$1"
unshipped="$project_dir/PublicAPI.Unshipped.txt"
log="$(mktemp)"
dotnet build "$project_dir" --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
grep -o "RS0016: Symbol '.*' is not part of the declared public API" "$log" \
  | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
  | sort -u >>"$unshipped.new" || true
# Symbols that no longer exist (RS0017) leave the unshipped list; shipped ones must be removed by hand.
grep -o "RS0017: Symbol '.*' is part of the declared API" "$log" \
  | sed -E "s/^RS0017: Symbol '(.*)' is part of the declared API$/\1/" \
  | sort -u >"$unshipped.gone" || true
if [[ -s "$unshipped.gone" ]]; then
  grep -vxF -f "$unshipped.gone" "$unshipped" >"$unshipped.kept" || true
  mv "$unshipped.kept" "$unshipped"
fi
rm -f "$unshipped.gone"
if [[ -s "$unshipped.new" ]]; then
  { grep -v '^#nullable enable$' "$unshipped" || true; cat "$unshipped.new"; } | sort -u >"$unshipped.tmp"
  { echo '#nullable enable'; cat "$unshipped.tmp"; } >"$unshipped"
  rm -f "$unshipped.tmp"
fi
rm -f "$unshipped.new" "$log"
echo "$(($(wc -l <"$unshipped") - 1)) symbols in $unshipped"
