#!/usr/bin/env bash
# Runs every fuzz target of the module for FUZZTIME each (usage: fuzz.sh FUZZTIME [GO]).
#
# go test -fuzz can end a clean run with "context deadline exceeded" when its time runs out while
# it is still minimising a new interesting input (the Go toolchain's own flake, not a failure of
# ours). A real failure always writes its input ("Failing input written to testdata/fuzz/..."), so
# a run that failed with the deadline message and wrote no input is run once more; anything else
# fails at once.
set -uo pipefail
fuzztime=${1:-60s}
go=${2:-go}
for pkg in $($go list ./...); do
  for f in $($go test -list '^Fuzz' "$pkg" | grep '^Fuzz'); do
    for try in 1 2; do
      echo "fuzz $pkg $f ($fuzztime)"
      out=$($go test -run '^$' -fuzz "^$f\$" -fuzztime "$fuzztime" "$pkg" 2>&1)
      status=$?
      echo "$out"
      [ $status = 0 ] && break
      if [ $try = 1 ] && grep -q 'context deadline exceeded' <<<"$out" && ! grep -q 'Failing input written' <<<"$out"; then
        echo "fuzz: $f stopped on the toolchain's deadline while minimising, with no failing input; running it again"
        continue
      fi
      exit 1
    done
  done
done
