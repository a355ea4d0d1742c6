# Writes the man page of one language from the program's own --help and --version (help2man),
# compressed. Run by cmake/Install.cmake:
#   cmake -DPROGRAM=… -DHELP2MAN=… -DLANGUAGE=en|nl -DINCLUDE=….h2m -DOUTPUT=….1 -DGZIP=… -P ManPage.cmake
# The program reads its language from its settings: a settings file of its own, in a scratch
# folder, picks it, whatever the settings of whoever builds.
get_filename_component(program_dir "${PROGRAM}" DIRECTORY)
get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
set(config "${output_dir}/config")
file(MAKE_DIRECTORY "${config}/trajectplanner")
file(WRITE "${config}/trajectplanner/trajectplanner.conf" "[ui]\nlanguage=${LANGUAGE}\n")
# The program is found on PATH, so that the page says `trajectplanner`, not the build's path.
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env "XDG_CONFIG_HOME=${config}"
            "PATH=${program_dir}:$ENV{PATH}" QT_QPA_PLATFORM=offscreen
            ASAN_OPTIONS=detect_leaks=0
            "${HELP2MAN}" --no-info --no-discard-stderr "--include=${INCLUDE}"
            "--output=${OUTPUT}" trajectplanner
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man could not write ${OUTPUT} (${result})")
endif()
execute_process(COMMAND "${GZIP}" -9nf "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip could not compress ${OUTPUT} (${result})")
endif()
