#!/usr/bin/env bash
# Microseconds per P-256 ECDSA check with the JDK's SunEC and with BouncyCastle (the provider
# platform/eds's VerifyingProvider uses): bench/EcdsaVerify.java on the project's BouncyCastle.
#
#   bench/ecdsa-verify.sh [seconds per round]
#
# Needs: JDK 25 (JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64) and the BouncyCastle jar in
# the local Maven repository (any build of the project puts it there). Not a test.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
VERSION=$(sed -n 's:.*<bouncycastle.version>\(.*\)</bouncycastle.version>.*:\1:p' "$HERE/../pom.xml")
JAR=${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/bouncycastle/bcprov-jdk18on/$VERSION/bcprov-jdk18on-$VERSION.jar
[[ -f $JAR ]] || { echo "missing $JAR: build the project once" >&2; exit 1; }
echo "== P-256 ECDSA checks, JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), BouncyCastle $VERSION, $(nproc) cores"
"$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=4 -cp "$JAR" "$HERE/EcdsaVerify.java" "${1:-5}"
