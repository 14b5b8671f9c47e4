#!/usr/bin/env bash
# What `npm test` needs besides node_modules, installed from Debian when missing: Chromium for the browser
# tests (unless CHROMIUM_PATH names a browser), nginx for the front's test (unless NGINX_PATH names
# one), and sqlite3, with which e2e/history.spec.ts reads a browser profile's History database (unless
# SQLITE3_PATH names one). Test tools cannot download their own browser or server here. Installs as
# root, or with sudo.
set -euo pipefail

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
if [ -z "${NGINX_PATH:-}" ] && ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  missing+=(nginx)
fi
if [ -z "${SQLITE3_PATH:-}" ] && ! command -v sqlite3 >/dev/null 2>&1; then
  missing+=(sqlite3)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-test-tools: installing ${missing[*]} with apt-get" >&2
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo)
else
  echo "install-test-tools: ${missing[*]} missing; run as root or with sudo, or: apt-get install ${missing[*]}" >&2
  exit 1
fi
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
# Debian's package starts nginx as a service on port 80; the tests run their own and need nothing of it.
if [[ " ${missing[*]} " == *" nginx "* ]] && command -v systemctl >/dev/null 2>&1; then
  "${as_root[@]}" systemctl disable --now nginx >/dev/null 2>&1 || true
fi
