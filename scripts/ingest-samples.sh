#!/usr/bin/env bash
# Builds determina and ingests samples/ into output/ (one NAME.json per PDF).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
mvn -q -B package -DskipTests -pl determina-app -am
OMP_THREAD_LIMIT=1 ./scripts/determina ingest samples --out output "$@"
