# The Debian package (scripts/package runs `cpack -G DEB`). Its dependencies are found by
# dpkg-shlibdeps from the libraries the program links, not written by hand; its version is the
# project's.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME trajectplanner)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Trajectplanner developers")
set(CPACK_PACKAGE_CONTACT "${TRAJECT_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${TRAJECT_PUBLIC_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, because Qt loads it at run time: the Dutch texts of Qt's own
# buttons and dialogs, and the platform plugin of a Wayland session (the X11 one comes with
# libqt6gui6). The program runs without them, so they are recommended, not required.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
# Directories 0755 and files 0644 (0755 for the program), as Debian's policy asks, whatever the
# umask of whoever builds.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "plan and follow learners' trajectories toward a childcare qualification")
# Lines of at most 80 characters, as the control file's long description asks.
set(CPACK_PACKAGE_DESCRIPTION
    "Trajectplanner is for the single point of contact (SPOC) who guides adults
through a trajectory toward the qualification of childcare worker for babies
and toddlers in Flanders: intake interviews, barriers and the actions that
tackle them, training modules, work-placement days, aftercare, and a personal
plan to print for the learner.
.
Everything stays in one file on the SPOC's computer, which can be encrypted
with a passphrase. The program speaks Dutch, with an English translation.")
include(CPack)
