#!/usr/bin/env bash
# Heap per remembered bearer token (platform/access TokenMemory, the gateway's and the services'
# VerifiedTokens): bench/TokenMemorySize.java on platform/web's classpath (Spring Security, Nimbus).
#
#   bench/token-memory-size.sh [tokens, default 10000: the default capacity]
#
# Needs: JDK 25 (JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64) and Maven (./mvnw) to print
# platform/web's classpath. Not a test.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CP=$(mktemp)
trap 'rm -f "$CP"' EXIT
(cd "$HERE/.." && ./mvnw -B -q dependency:build-classpath -pl platform/web -Dmdep.outputFile="$CP" >/dev/null)
"$JAVA_HOME/bin/java" -cp "$(cat "$CP")" "$HERE/TokenMemorySize.java" "${1:-10000}"
