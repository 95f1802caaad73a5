# CPack settings for the Debian package. Included at the end of the top-level
# CMakeLists.txt, after every install() rule is known.
#   cmake -S . -B build -G Ninja && ninja -C build && (cd build && cpack -G DEB)
# gives build/guanxi_<version>-1_<arch>.deb, installing under /usr.

set(CPACK_PACKAGE_NAME guanxi)
set(CPACK_PACKAGE_VENDOR "Guanxi developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Guanxi developers <dev@guanxi.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop CRM for salespeople, in Chinese and English")
# One line per control-file line (CPackDeb indents them).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "Guanxi (关系) keeps customers, their phone numbers and e-mail addresses,"
  "tags, custom fields and orders in a single SQLite database file."
  "Customers can be found by Chinese name, pinyin or initials, company or"
  "any part of a phone number. Every change is recorded, deleted customers"
  "can be restored from the trash, and the guanxi-cli command line tool"
  "works on the same file.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

# Debian
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Guanxi developers <dev@guanxi.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# dpkg-shlibdeps adds the versioned libraries the binaries link to (libc6,
# libstdc++6, Qt, ICU, SQLite, ...). The list below is merged with its output
# and stays explicit because shlibdeps cannot see what is loaded at run time:
# the SQLite and PostgreSQL drivers (libqt6sql6-sqlite, libqt6sql6-psql), the platform plugins (libqt6gui6,
# qt6-qpa-plugins), the SVG icon plugins (libqt6svg6), Qt's own translations,
# libXcursor, which Qt's XCB plugin opens for themed cursors, and the pinyin
# dictionary core reads at run time (rime-data-pinyin-simp: a data file, not a
# library; without it pinyin falls back to ICU's one reading per character).
# tests/packaging/check_deb_depends.py starts the packaged GUI and fails when
# something it loads is missing here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), \
libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6sql6-psql (>= 6.4), libqt6charts6 (>= 6.4), \
libicu72, libsqlite3-0, libxlsxwriter4, libminizip1, \
qt6-qpa-plugins (>= 6.4), qt6-translations-l10n, libqt6svg6, libxcursor1, \
rime-data-pinyin-simp")
# Native Wayland windows are nice to have (XCB works everywhere). The SVG
# plugin is required: the window icon is SVG.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")

# RPM (not used on Debian, but keeps `cpack -G RPM` honest)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})

# `cpack --config CPackSourceConfig.cmake`: keep build trees and VCS data out.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/out/" "\\\\.user$")

include(CPack)
