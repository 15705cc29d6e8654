#!/usr/bin/env bash
# Checks what the build and tests need (Java 17+, Maven, headless Chromium for the report test,
# Tesseract with Italian data for OCR of scanned pages, python3 for the ICDAR evaluator of the benchmarks) and
# installs what a fresh Debian machine lacks; PostgreSQL and RabbitMQ are installed and started (see below).
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

# Issue 13: the PostgreSQL sink and the RabbitMQ work queue are tested against real servers on loopback:
# PostgreSQL on 127.0.0.1:5432 (user postgres, database test, trust authentication from loopback) and
# RabbitMQ on 127.0.0.1:5672 (guest/guest). Debian's packages are installed where missing and the servers
# started where stopped; when both already listen this costs two port checks.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
await_port() {
  for _ in $(seq 1 60); do listening "$1" && return 0; sleep 1; done
  echo "nothing listens on 127.0.0.1:$1 after 60 s ($2)" >&2; return 1
}
as_root_or_explain() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "determina's tests need $1 (install and start it, then run again)" >&2
    exit 1
  fi
}
if ! listening 5432; then
  as_root_or_explain "PostgreSQL on 127.0.0.1:5432"
  fresh_postgres=false
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq postgresql
    fresh_postgres=true
  fi
  version=$(ls /etc/postgresql | sort -V | tail -1)
  if [ "$fresh_postgres" = true ]; then
    # a new server of our own: loopback connections need no password, as on the development machines
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "/etc/postgresql/$version/main/pg_hba.conf"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  await_port 5432 PostgreSQL
fi
if command -v psql >/dev/null 2>&1 && ! psql -h 127.0.0.1 -U postgres -d test -Atqc 'select 1' >/dev/null 2>&1; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc 'create database test' >/dev/null
fi
if ! listening 5672; then
  as_root_or_explain "RabbitMQ on 127.0.0.1:5672"
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq rabbitmq-server
  fi
  rabbitmq-server -detached || true
  await_port 5672 RabbitMQ
fi
