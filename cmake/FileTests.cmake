# SPDX-License-Identifier: GPL-3.0-or-later
# One ctest test per test source file, instead of one per Catch2 test case.
#
# Each test case used to run in a process of its own. Under the sanitizers a runner needs
# 0.3-0.8 s only to start, so with some 800 test cases the starting alone took longer than the
# tests (test_core: 39 s in one process, 233 s as one process per case). A file's test cases now
# share one process, which also runs them in the order the file gives; each runner still has a
# home folder of its own (tests/support/OwnHome.h), and ctest still runs the files side by side.
#
# traject_add_file_tests(TARGET PREFIX [TIMEOUT seconds] [ENVIRONMENT var=value...])
# adds a test "PREFIX<file name>" for every source of TARGET that holds a TEST_CASE; it runs the
# file's visible test cases (Catch2's "#file" tag, hidden ones left out) and fails when none ran.
function(traject_add_file_tests target prefix)
    cmake_parse_arguments(PARSE_ARGV 2 arg "" "TIMEOUT" "ENVIRONMENT")
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 600)
    endif()
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    set(added 0)
    foreach(source IN LISTS sources)
        if(NOT source MATCHES "\\.cpp$")
            continue()
        endif()
        if(NOT IS_ABSOLUTE "${source}")
            set(source "${source_dir}/${source}")
        endif()
        # The visible test cases: a header runs from "TEST_CASE(" to the "{" of its body and may
        # span lines; a tag starting with "." hides the case (pictures to look at, run by hand).
        file(READ "${source}" content)
        string(REPLACE ";" "," content "${content}")
        string(REGEX MATCHALL "\nTEST_CASE\\([^{]*" headers "\n${content}")
        set(count 0)
        foreach(header IN LISTS headers)
            if(NOT header MATCHES "\\[\\.")
                math(EXPR count "${count} + 1")
            endif()
        endforeach()
        if(count EQUAL 0)
            continue()
        endif()
        get_filename_component(stem "${source}" NAME_WE)
        add_test(NAME "${prefix}${stem}"
                 COMMAND ${target} "[#${stem}]~[.]" --filenames-as-tags --warn NoTests)
        # The files with most test cases start first, so that no long file is left for the end.
        set_tests_properties("${prefix}${stem}" PROPERTIES TIMEOUT ${arg_TIMEOUT} COST ${count})
        if(arg_ENVIRONMENT)
            set_tests_properties("${prefix}${stem}" PROPERTIES ENVIRONMENT "${arg_ENVIRONMENT}")
        endif()
        math(EXPR added "${added} + 1")
    endforeach()
    if(added EQUAL 0)
        message(FATAL_ERROR "traject_add_file_tests: no test case found in the sources of ${target}")
    endif()
endfunction()
