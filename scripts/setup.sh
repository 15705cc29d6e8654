#!/usr/bin/env bash
# Checks what the build and tests need (Java 17+, Maven, headless Chromium for the report test,
# Tesseract with Italian data for OCR of scanned pages, python3 for the ICDAR evaluator of the benchmarks) and
# installs what a fresh Debian machine lacks.
set -euo pipefail
need_install=()
command -v java >/dev/null 2>&1 || need_install+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need_install+=(maven)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need_install+=(chromium)
command -v tesseract >/dev/null 2>&1 || need_install+=(tesseract-ocr)
command -v python3 >/dev/null 2>&1 || need_install+=(python3)
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx ita; } || need_install+=(tesseract-ocr-ita)
if [ ${#need_install[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq "${need_install[@]}"
  else
    echo "determina needs: ${need_install[*]} (install them, then run again)" >&2
    exit 1
  fi
fi
