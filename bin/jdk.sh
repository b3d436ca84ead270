# Sourced by ./runavm, ./runa and ./mvnw: makes JAVA_HOME point at a JDK 25 or newer.
# Order: $JAVA_HOME if it is new enough, then the usual install locations, then `java` on the PATH.
runavm_java_feature() { # prints the feature release of the java at $1 (e.g. 25), or nothing
  # A JDK's `release` file names its version (JAVA_VERSION="25.0.3"). Reading it with POSIX shell
  # built-ins (mvnw is /bin/sh) costs nothing, where asking the java starts a JVM, some 150 ms on every
  # command; the java is asked only when the file is missing or names no version.
  local home=${1%/*} line version=
  local release=${home%/*}/release
  if [ -r "$release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case $line in
        JAVA_VERSION=*) version=${line#JAVA_VERSION=}; version=${version#\"}; break ;;
      esac
    done <"$release"
    case $version in 1.*) version=${version#1.} ;; esac   # the old "1.8.0" form names release 8
    version=${version%%[!0-9]*}
    if [ -n "$version" ]; then printf '%s\n' "$version"; return 0; fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}
runavm_find_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-arm64 \
      /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/java-2[5-9]-* /usr/lib/jvm/jdk-2[5-9]* /opt/java/openjdk \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(runavm_java_feature "$candidate/bin/java")
    if [ -n "$version" ] && [ "$version" -ge 25 ]; then printf '%s\n' "$candidate"; return 0; fi
  done
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    version=$(runavm_java_feature "$candidate/bin/java")
    if [ -n "$version" ] && [ "$version" -ge 25 ]; then printf '%s\n' "$candidate"; return 0; fi
  fi
  return 1
}
if ! RUNAVM_JDK=$(runavm_find_jdk); then
  echo "RunaVM needs a JDK 25 or newer: none found in JAVA_HOME, /usr/lib/jvm or on the PATH. Install one (e.g. Temurin 25) and set JAVA_HOME." >&2
  exit 2
fi
export JAVA_HOME="$RUNAVM_JDK"
