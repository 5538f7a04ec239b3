#!/usr/bin/env bash
# Heap per remembered bearer token (platform/access TokenMemory, the gateway's and the services'
# VerifiedTokens): bench/TokenMemorySize.java on platform/web's classpath (Spring Security, Nimbus).
#
#   bench/token-memory-size.sh [tokens, default 10000: the default capacity]
#
# Needs: JDK 25 (JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64), Maven (./mvnw) to print
# platform/web's classpath, and platform/access compiled (any build of the project). Not a test.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CP=$(mktemp)
trap 'rm -f "$CP"' EXIT
(cd "$HERE/.." && ./mvnw -B -q dependency:build-classpath -pl platform/web -Dmdep.outputFile="$CP" >/dev/null)
ACCESS="$HERE/../platform/access/target/classes"
[[ -d $ACCESS/kz ]] || { echo "missing $ACCESS: build the project once" >&2; exit 1; }
"$JAVA_HOME/bin/java" -cp "$ACCESS:$(cat "$CP")" "$HERE/TokenMemorySize.java" "${1:-10000}"
