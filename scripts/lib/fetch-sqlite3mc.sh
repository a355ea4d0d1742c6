# Fetches the SQLite3 Multiple Ciphers amalgamation (sqlite3.c, sqlite3.h) that the program
# compiles in, once, into third_party/sqlite3mc/ (not in git). The source is the npm
# package better-sqlite3-multiple-ciphers, pinned below with the sha512 integrity that the npm
# registry publishes for it (`npm view better-sqlite3-multiple-ciphers@13.0.3 dist`); a tarball
# that does not match is refused. Once fetched, the build needs no network.
# Usable on its own (`bash scripts/lib/fetch-sqlite3mc.sh`) or sourced (fetch_sqlite3mc).
# shellcheck shell=bash

SQLITE3MC_PACKAGE="better-sqlite3-multiple-ciphers"
SQLITE3MC_PACKAGE_VERSION="13.0.3"
# SQLite 3.53.4 with SQLite3 Multiple Ciphers 2.4.0 (deps/sqlite3/ of that package).
SQLITE3MC_INTEGRITY="sha512-UYabM82r1J84TLWc/SszoHs6XopWpl/2HCg3Nui1JUaFXg/VLswzkPowYiRhK/4CftI8dgtikwyZQecMldrGxQ=="
SQLITE3MC_URL="https://registry.npmjs.org/${SQLITE3MC_PACKAGE}/-/${SQLITE3MC_PACKAGE}-${SQLITE3MC_PACKAGE_VERSION}.tgz"

# fetch_sqlite3mc [ROOT]: does nothing when the pinned version is already there.
fetch_sqlite3mc() {
    local root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
    local target="$root/third_party/sqlite3mc"
    local stamp="$target/FETCHED"
    local expected="$SQLITE3MC_PACKAGE@$SQLITE3MC_PACKAGE_VERSION $SQLITE3MC_INTEGRITY"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$expected" ] \
        && [ -f "$target/sqlite3.c" ] && [ -f "$target/sqlite3.h" ]; then
        return 0
    fi
    printf '\033[1m==> %s\033[0m\n' "Fetching $SQLITE3MC_PACKAGE $SQLITE3MC_PACKAGE_VERSION (SQLite3 Multiple Ciphers)"
    local scratch
    scratch="$(mktemp -d)"
    # shellcheck disable=SC2064
    trap "rm -rf '$scratch'; trap - RETURN" RETURN
    if ! curl -fsSL --retry 3 -o "$scratch/package.tgz" "$SQLITE3MC_URL"; then
        echo "Could not download $SQLITE3MC_URL" >&2
        return 1
    fi
    # The registry gives the sha512 in base64; sha512sum prints hex.
    local want got
    want="$(printf '%s' "${SQLITE3MC_INTEGRITY#sha512-}" | base64 -d | od -An -v -tx1 | tr -d ' \n')"
    got="$(sha512sum "$scratch/package.tgz" | cut -d' ' -f1)"
    if [ "$want" != "$got" ]; then
        echo "The downloaded $SQLITE3MC_PACKAGE $SQLITE3MC_PACKAGE_VERSION does not match its pinned" >&2
        echo "sha512 integrity; it was not used. Expected $want, got $got." >&2
        return 1
    fi
    tar -xzf "$scratch/package.tgz" -C "$scratch" \
        package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h package/LICENSE
    rm -rf "$target"
    mkdir -p "$target"
    mv "$scratch/package/deps/sqlite3/sqlite3.c" "$scratch/package/deps/sqlite3/sqlite3.h" "$target/"
    # The package's own licence (MIT); SQLite itself is public domain, and the notices of
    # SQLite3 Multiple Ciphers (MIT) and its cipher code stay in the head of each part of sqlite3.c.
    mv "$scratch/package/LICENSE" "$target/LICENSE.better-sqlite3-multiple-ciphers"
    printf '%s\n' "$expected" >"$stamp"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    fetch_sqlite3mc "$@"
fi
