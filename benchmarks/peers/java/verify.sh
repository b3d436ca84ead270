#!/usr/bin/env bash
# Compiles the Java peer of Are We Fast Yet, runs the checks of its library pieces (test/), and checks
# that every benchmark verifies its result and prints the harness protocol. Default: inner iterations 1
# for all 14 benchmarks (seconds). --all: also every size with a known result (about a minute on a
# quiet machine).
set -u
here=$(cd "$(dirname "$0")" && pwd)
jdk=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$jdk/bin/javac" --release 25 -d "$work/classes" $(find "$here/src" -name '*.java') || exit 1
"$jdk/bin/javac" --release 25 -d "$work/tests" $(find "$here/src" "$here/test" -name '*.java') || exit 1

cases="Bounce:1 CD:1 DeltaBlue:1 Havlak:1 Json:1 List:1 Mandelbrot:1 NBody:1 Permute:1 Queens:1
  Richards:1 Sieve:1 Storage:1 Towers:1"
if [ "${1:-}" = "--all" ]; then
  cases="$cases Bounce:1500 List:1500 Mandelbrot:500 Mandelbrot:750 NBody:250000 Permute:1000
    Queens:1000 Sieve:3000 Storage:1000 Towers:600 CD:2 CD:10 CD:100 CD:200 CD:250 CD:500 CD:1000
    DeltaBlue:12000 Havlak:15 Havlak:150 Havlak:1500 Havlak:15000 Json:100 Richards:100"
fi

passed=0
failed=0
check() { # description, then the command's status test result
  if [ "$2" = ok ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $1" >&2
    sed 's/^/  /' "$work/out" "$work/err" >&2
  fi
}
run() {
  "$jdk/bin/java" -cp "$work/classes" awfy.Harness "$@" >"$work/out" 2>"$work/err"
}

for t in awfy.som.SomCheck awfy.cd.RedBlackTreeCheck awfy.json.ParserCheck; do
  "$jdk/bin/java" -cp "$work/tests" "$t" >"$work/out" 2>"$work/err"
  status=$?
  result=bad
  if [ $status -eq 0 ]; then result=ok; fi
  check "$t (status $status)" $result
done

for c in $cases; do
  name=${c%%:*}
  inner=${c#*:}
  run "$name" 2 "$inner"
  status=$?
  result=bad
  if [ $status -eq 0 ] && [ "$(wc -l <"$work/out")" -eq 3 ] \
      && [ "$(grep -cE "^$name: iterations=1 runtime: [0-9]+us\$" "$work/out")" -eq 2 ] \
      && tail -1 "$work/out" | grep -qE "^$name: iterations=2 average: [0-9]+us total: [0-9]+us\$"; then
    result=ok
  fi
  check "$name at inner iterations $inner (status $status)" $result
done

# a size without a known result must fail verification loudly with status 1
run NBody 1 1000
status=$?
result=bad
if [ $status -eq 1 ] && grep -q '^NBody: result verification failed' "$work/err"; then result=ok; fi
check "NBody at an unverifiable size exits 1 (status $status)" $result

# an unknown benchmark is an error with status 2
run NoSuchBenchmark 1 1
status=$?
result=bad
if [ $status -eq 2 ] && grep -q 'NoSuchBenchmark' "$work/err"; then result=ok; fi
check "an unknown benchmark exits 2 (status $status)" $result

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
