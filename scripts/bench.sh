#!/usr/bin/env bash
# Measures the table layer and the pipeline against tabula-java 1.0.5 (its own command-line app, on its
# own PDFBox 2, resolved from bench/tabula-cli/pom.xml): ICDAR 2013 accuracy (bench-tables) and speed and
# memory (bench-speed), run from the workbench jar (module determina-bench) on the product jar as shipped.
# Results: bench/results/YYYY-MM-DD/{tables-accuracy,speed}.md
# Usage: scripts/bench.sh [ICDAR_DIR]   (default ../shared/data/icdar2013)
set -euo pipefail
cd "$(dirname "$0")/.."
ICDAR=${1:-../shared/data/icdar2013}
OUT=bench/results/$(date +%F)
command -v python3 >/dev/null 2>&1 || { echo "bench needs python3 for the ICDAR evaluator (scripts/setup.sh installs it)" >&2; exit 1; }
[ -f target/determina.jar ] && [ -f target/determina-bench.jar ] || mvn -B -q package -DskipTests
mvn -B -q -f bench/tabula-cli/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/target/tabula-cli.classpath"
java -jar target/determina-bench.jar bench-tables "$ICDAR" --tabula-classpath target/tabula-cli.classpath --jar target/determina.jar --out "$OUT"
java -jar target/determina-bench.jar bench-speed --tabula-classpath target/tabula-cli.classpath --jar target/determina.jar --out "$OUT"
