# Guards the test suite itself: after the tests ran, fails when a test executable
# holds a hidden, [!shouldfail] or [!mayfail] test, or a test skipped itself, that
# tests/expected-exceptions.txt does not name.
# shellcheck shell=bash

# check_suite BUILD_DIR SKIP_LOG
check_suite() {
    local dir="$1" skip_log="$2"
    local list="$TRAJECT_ROOT/tests/expected-exceptions.txt"
    local hidden_tags=() shouldfail=() skips=()
    local kind rest
    while read -r kind rest; do
        rest="${rest%%#*}"
        rest="$(echo "$rest" | sed 's/[[:space:]]*$//')"
        case "$kind" in
            '' | '#'*) ;;
            hidden-tag) hidden_tags+=("$rest") ;;
            shouldfail) shouldfail+=("$rest") ;;
            skip) skips+=("$rest") ;;
            *) echo "tests/expected-exceptions.txt: unknown kind '$kind'" >&2; return 1 ;;
        esac
    done <"$list"

    local problems=()
    local exe spec name allowed tag
    # Hidden tests outside the allowed tags: "[.]" with every allowed tag excluded.
    spec='[.]'
    for tag in "${hidden_tags[@]}"; do spec+="~[$tag]"; done
    for exe in "$dir"/tests/test_*; do
        [ -x "$exe" ] && [ -f "$exe" ] || continue
        # Catch2 2 exits with the number of tests it listed.
        while IFS= read -r name; do
            [ -n "$name" ] && problems+=("hidden test in $(basename "$exe"): $name")
        done < <("$exe" "$spec" --list-test-names-only 2>/dev/null || true)
        while IFS= read -r name; do
            [ -n "$name" ] || continue
            allowed=0
            for tag in "${shouldfail[@]}"; do [ "$name" = "$tag" ] && allowed=1; done
            [ "$allowed" = 1 ] || problems+=("test expected to fail in $(basename "$exe"): $name")
        done < <("$exe" '[!shouldfail],[!mayfail]' --list-test-names-only 2>/dev/null || true)
    done

    # Tests that skipped themselves (TRAJECT_SKIP writes "name<TAB>reason" to the log).
    if [ -s "$skip_log" ]; then
        local reason
        while IFS=$'\t' read -r name reason; do
            allowed=0
            for tag in "${skips[@]}"; do [ "$reason" = "$tag" ] && allowed=1; done
            if [ "$allowed" = 1 ]; then
                echo "    skipped as allowed: $name ($reason)"
            else
                problems+=("skipped: $name ($reason)")
            fi
        done <"$skip_log"
    fi

    if [ ${#problems[@]} -gt 0 ]; then
        echo "The suite holds tests that did not run or may fail, not named in" \
            "tests/expected-exceptions.txt:" >&2
        printf '  %s\n' "${problems[@]}" >&2
        return 1
    fi
    echo "    no hidden, skipped or expected-to-fail test beyond tests/expected-exceptions.txt"
}
