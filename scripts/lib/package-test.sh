# shellcheck shell=bash
# The package as a user gets it: installed with apt, started from its menu entry's Exec line under
# a virtual X server, and removed, with the user's data left in place. Needs root (CI is root);
# elsewhere it says why it does not run.

# test_package DEB
test_package() {
    local deb="$1"
    if [ "$(id -u)" -ne 0 ]; then
        echo "Skipped: installing the package needs root (CI runs as root)."
        return 0
    fi
    if dpkg-query -W -f='${Status}' trajectplanner 2>/dev/null | grep -q 'install ok installed' \
        && [ "${CI:-}" != "true" ]; then
        echo "Skipped: trajectplanner is installed on this computer, and the test would remove it."
        return 0
    fi
    local home
    home="$(mktemp -d)"
    # shellcheck disable=SC2064
    trap "rm -rf '$home'" RETURN

    env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(readlink -f "$deb")" >/dev/null
    local app_id="be.trajectplanner.Trajectplanner"
    local file
    for file in /usr/bin/trajectplanner "/usr/share/applications/$app_id.desktop" \
        "/usr/share/metainfo/$app_id.metainfo.xml" \
        "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
        "/usr/share/icons/hicolor/48x48/apps/$app_id.png" /usr/share/man/man1/trajectplanner.1.gz \
        /usr/share/doc/trajectplanner/copyright /usr/share/doc/trajectplanner/changelog.gz; do
        [ -e "$file" ] || { echo "The package did not install $file" >&2; return 1; }
    done
    echo "Installed: $(dpkg-query -W -f='${Package} ${Version}, ${Installed-Size} KiB' trajectplanner)"

    # The user's data: a caseload in the default database, made by the installed program.
    local data="$home/.local/share/trajectplanner"
    HOME="$home" ASAN_OPTIONS=detect_leaks=0 trajectplanner --demo --no-window \
        --db "$data/trajectplanner.sqlite" >/dev/null

    # The menu entry's command, without its field codes, started as the desktop would: on the X
    # server, not on the offscreen platform the tests use.
    local exec_line
    exec_line="$(sed -n 's/^Exec=//p' "/usr/share/applications/$app_id.desktop" | sed 's/ %[fFuUick]//g')"
    HOME="$home" ASAN_OPTIONS=detect_leaks=0 env -u QT_QPA_PLATFORM \
        xvfb-run -a -s "-screen 0 1366x768x24" \
        bash -c '
            '"$exec_line"' &
            app=$!
            for _ in $(seq 1 100); do
                if xwininfo -root -tree | grep -q "\"Trajectplanner"; then
                    xwininfo -root -tree | grep "\"Trajectplanner" | head -1
                    kill "$app"; wait "$app" 2>/dev/null; exit 0
                fi
                kill -0 "$app" 2>/dev/null || { echo "The program stopped before it showed a window" >&2; exit 1; }
                sleep 0.3
            done
            echo "No window within 30 s" >&2; kill "$app"; exit 1' \
        || { echo "The menu entry's command ($exec_line) did not open the window" >&2; return 1; }

    env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq trajectplanner >/dev/null
    [ ! -e /usr/bin/trajectplanner ] || { echo "Removing left /usr/bin/trajectplanner" >&2; return 1; }
    [ -s "$data/trajectplanner.sqlite" ] \
        || { echo "Removing the package removed the user's database" >&2; return 1; }
    echo "Removed; the user's database is still there ($(du -h "$data/trajectplanner.sqlite" | cut -f1))."
}
