#!/usr/bin/env bash
# Book of abstracts benchmark: 1,000 and 2,000 generated abstracts rendered by the application's
# PDF renderer (org.samling.publishing.render.PdfBook), each size in a fresh JVM (cold: nothing
# warmed, the fonts loaded in the timed part). No server needed.
# Usage: bash bench/abstracts.sh   (SIZES="500 1000 2000" to choose; SKIP_BUILD=1 reuses ejb/target/classes)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 2000"}
if [[ -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -q -pl ejb -am compile -Dexec.skip=true
fi
m2=~/.m2/repository
cp="ejb/target/classes:$m2/org/apache/pdfbox/pdfbox/3.0.8/pdfbox-3.0.8.jar:$m2/org/apache/pdfbox/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar"
cp="$cp:$m2/org/apache/pdfbox/fontbox/3.0.8/fontbox-3.0.8.jar:$m2/commons-logging/commons-logging/1.3.5/commons-logging-1.3.5.jar"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
out=$(mktemp -d)
for n in $SIZES; do
  java -Xmx2g -cp "$cp" bench/AbstractBook.java "$n" "$out/abstracts-$n.pdf"
done
rm -rf "$out"
