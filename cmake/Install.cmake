# What `cmake --install` puts on a system, in the places the freedesktop.org specifications and
# Debian expect (GNUInstallDirs): the program, its menu entry, its icon in the hicolor theme, its
# AppStream metainfo, its man page (written from --help by help2man),
# and, under doc/, the changelog, the copyright file and the notices of the software inside it.
include(GNUInstallDirs)
include(${CMAKE_CURRENT_LIST_DIR}/Release.cmake)

set(TRAJECT_MAINTAINER "Trajectplanner developers <dev@trajectplanner.be>"
    CACHE STRING "The package's maintainer, as the changelog and the package name them")
set(TRAJECT_PUBLIC_URL "https://trajectplanner.be"
    CACHE STRING "Where the project is published (the metainfo's homepage and screenshots)")

traject_read_releases("${PROJECT_SOURCE_DIR}/NEWS.md" "${TRAJECT_MAINTAINER}")

set(desktop_dir "${PROJECT_SOURCE_DIR}/resources/desktop")
set(generated "${PROJECT_BINARY_DIR}/desktop")
file(MAKE_DIRECTORY "${generated}")

# The metainfo with the releases of NEWS.md.
configure_file("${desktop_dir}/${TRAJECT_APP_ID}.metainfo.xml.in"
               "${generated}/${TRAJECT_APP_ID}.metainfo.xml" @ONLY)
file(WRITE "${generated}/changelog" "${TRAJECT_CHANGELOG}")

find_program(TRAJECT_GZIP gzip REQUIRED)
find_program(TRAJECT_RSVG rsvg-convert)
find_program(TRAJECT_HELP2MAN help2man)

set(outputs "")

# The changelog, compressed as Debian's policy asks (-n: no time stamp, so builds are the same).
add_custom_command(OUTPUT "${generated}/changelog.gz"
    COMMAND "${TRAJECT_GZIP}" -9nc "${generated}/changelog" > "${generated}/changelog.gz"
    DEPENDS "${generated}/changelog" VERBATIM)
list(APPEND outputs "${generated}/changelog.gz")

# The icon: the SVG, and PNGs at the sizes desktops ask for.
set(TRAJECT_ICON_SIZES 16 22 24 32 48 64 128 256)
if(TRAJECT_RSVG)
    foreach(size IN LISTS TRAJECT_ICON_SIZES)
        set(png "${generated}/icons/${size}x${size}/${TRAJECT_APP_ID}.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${generated}/icons/${size}x${size}"
            COMMAND "${TRAJECT_RSVG}" -w ${size} -h ${size} -o "${png}"
                    "${desktop_dir}/trajectplanner.svg"
            DEPENDS "${desktop_dir}/trajectplanner.svg" VERBATIM)
        list(APPEND outputs "${png}")
        install(FILES "${png}"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
else()
    message(WARNING "rsvg-convert (Debian: librsvg2-bin) is missing: only the SVG icon is "
                    "installed")
endif()

# The man page, written from the program's English --help and --version: it cannot say other than
# the program does.
if(TRAJECT_HELP2MAN)
    set(page "${generated}/man/trajectplanner.1")
    add_custom_command(OUTPUT "${page}.gz"
        COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:trajectplanner>
                -DHELP2MAN=${TRAJECT_HELP2MAN} -DLANGUAGE=en
                -DINCLUDE=${desktop_dir}/trajectplanner.h2m -DOUTPUT=${page}
                -DGZIP=${TRAJECT_GZIP} -P "${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake"
        DEPENDS trajectplanner "${desktop_dir}/trajectplanner.h2m"
                "${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake"
        VERBATIM)
    list(APPEND outputs "${page}.gz")
    install(FILES "${page}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
else()
    message(WARNING "help2man is missing: no man page is installed")
endif()

add_custom_target(traject_desktop_files ALL DEPENDS ${outputs})

install(FILES "${desktop_dir}/${TRAJECT_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${generated}/${TRAJECT_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${desktop_dir}/trajectplanner.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${TRAJECT_APP_ID}.svg")
install(FILES "${generated}/changelog.gz" "${desktop_dir}/copyright"
              "${PROJECT_SOURCE_DIR}/resources/notices/third-party.txt"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/trajectplanner")
