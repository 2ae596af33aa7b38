#!/usr/bin/env bash
# Installs everything Dossier SIO needs on a fresh Debian machine (as root) or checks it
# (otherwise): Debian's chromium (browser tests), poppler-utils (PDF text checks), libkrb5-dev
# (builds code-server for the end-to-end tests), libreoffice-calc-nogui (the tableur tests read
# what we write with a real spreadsheet application), python3-openpyxl and python3-pil (the
# tableur tests' corpus is written by openpyxl, as students' scripts write it, logo included),
# then the npm dependencies from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
/usr/bin/python3 -c 'import PIL' >/dev/null 2>&1 || need+=(python3-pil)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[setup] apt-get install ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "[setup] Paquets manquants / missing packages: ${need[*]} (sudo apt-get install ${need[*]})" >&2
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] npm ci"
  npm ci --no-audit --no-fund
fi
