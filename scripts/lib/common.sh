# Shared by scripts/run and scripts/test: install what is missing, then build.
# shellcheck shell=bash

TRAJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian 12 packages the project needs to build, test and look at its output.
TRAJECT_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins libgl-dev catch2 clang-format
    poppler-utils fonts-dejavu-core python3-icalendar curl ca-certificates libsodium-dev strace
    help2man librsvg2-bin xvfb xauth dbus-daemon dbus-bin at-spi2-core
)

# What scripts/package needs to make and check the package, and scripts/test to install and start
# it under a virtual X server (xvfb is in the list above: the screen reader's tests use it too).
TRAJECT_PACKAGE_TOOLS=(dpkg-dev desktop-file-utils appstream lintian x11-utils)

# The SQLite that the program compiles in (third_party/sqlite3mc, fetched once).
source "$(dirname "${BASH_SOURCE[0]}")/fetch-sqlite3mc.sh"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing_packages() {
    local missing=()
    local pkg
    for pkg in "${TRAJECT_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    say "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && { [ -t 0 ] || sudo -n true 2>/dev/null; }; then
            sudo=(sudo)
        else
            echo "These packages are missing: ${missing[*]}" >&2
            echo "Run this script as root, or with a sudo that may ask for a password on a terminal." >&2
            return 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build BUILD_DIR BUILD_TYPE [extra cmake args...]
configure_and_build() {
    local dir="$1" type="$2"
    shift 2
    fetch_sqlite3mc "$TRAJECT_ROOT"
    export CCACHE_DIR="${CCACHE_DIR:-$TRAJECT_ROOT/build/.ccache}"
    # The precompiled headers need these to be cached at all.
    export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
    if [ "${CI:-}" = "true" ] && [ ! -d "$CCACHE_DIR" ]; then
        # A clean checkout has an empty cache: filling it would only cost time.
        export CCACHE_DISABLE=1
    fi
    cmake -S "$TRAJECT_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    cmake --build "$dir"
}
