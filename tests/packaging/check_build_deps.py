#!/usr/bin/env python3
"""Every package that configure used must be installed by scripts/install-deps.sh.

Reads the build's CMakeCache.txt: each CMake package found through a
`NAME_DIR` entry (its NAMEConfig.cmake or name-config.cmake), each library
pkg-config found (`pkgcfg_lib_*`) and each library find_library found
(`NAME_LIBRARY`). The Debian package that owns each file must
be named in install-deps.sh or be pulled in by the Depends of a named one.
A missing one fails with the package and what needed it.

  check_build_deps.py BUILD_DIR INSTALL_DEPS_SCRIPT [--must-notice PKG]

--must-notice: once the check has passed, it is run again without PKG in the
list and must then fail naming PKG, which proves it can fail.
"""

import argparse
import os
import re
import subprocess
import sys

import debpackages


def own_find_library_names(cache_path):
    """The result variables of find_library calls in the project's own CMake
    files, for a library with neither a CMake nor a pkg-config file
    (libphonenumber); Qt's optional probes (OpenGL, Vulkan) are not ours."""
    home = None
    with open(cache_path, encoding="utf-8") as cache:
        for line in cache:
            if line.startswith("CMAKE_HOME_DIRECTORY:"):
                home = line.rstrip("\n").partition("=")[2]
    names = set()
    for root, _, files in os.walk(home or "."):
        if "CMakeLists.txt" in files:
            with open(os.path.join(root, "CMakeLists.txt"), encoding="utf-8") as f:
                names.update(re.findall(r"find_library\(\s*(\w+)", f.read()))
    return names


def used_files(cache_path):
    """(what, file) for each CMake package config, pkg-config library and
    find_library result in the cache."""
    ours = own_find_library_names(cache_path)
    used = []
    with open(cache_path, encoding="utf-8") as cache:
        for line in cache:
            line = line.rstrip("\n")
            if line.startswith("//") or line.startswith("#") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            name, _, kind = key.partition(":")
            if kind == "PATH" and name.endswith("_DIR") and os.path.isdir(value):
                pkg = name[: -len("_DIR")]
                for config in (f"{pkg}Config.cmake", f"{pkg.lower()}-config.cmake"):
                    path = os.path.join(value, config)
                    if os.path.isfile(path):
                        used.append((f"CMake package {pkg}", path))
                        break
            elif kind == "FILEPATH" and name.startswith("pkgcfg_lib_") and os.path.isfile(value):
                used.append((f"pkg-config library {name[len('pkgcfg_lib_'):]}", value))
            elif kind == "FILEPATH" and name in ours and os.path.isfile(value):
                used.append((f"library {name}", value))
    return used


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("install_deps")
    parser.add_argument("--must-notice", metavar="PKG")
    args = parser.parse_args()

    listed = subprocess.run(["bash", args.install_deps, "--list"], capture_output=True,
                            text=True, check=True).stdout.split()
    used = used_files(os.path.join(args.build_dir, "CMakeCache.txt"))
    if not used:
        print(f"check-build-deps: no CMake packages found in {args.build_dir}/CMakeCache.txt", file=sys.stderr)
        return 1
    owners = debpackages.owners([path for _, path in used])
    graph = debpackages.installed_graph()
    script = os.path.basename(args.install_deps)

    def problems(names):
        covered = debpackages.closure(names, graph)
        found = []
        for what, path in used:
            pkgs = owners[path]
            if not pkgs:
                found.append(f"{what} ({path}) belongs to no Debian package: it was installed by hand, "
                             f"so a fresh machine will not have it")
            elif not pkgs & covered:
                pkg = ", ".join(sorted(pkgs))
                found.append(f"{what} ({path}) comes from the package {pkg}, which {script} "
                             f"neither names nor pulls in: add {pkg} to its list")
        return found

    found = problems(listed)
    for p in found:
        print(f"check-build-deps: {p}", file=sys.stderr)
    if found:
        return 1
    print(f"check-build-deps: the {len(used)} CMake and pkg-config packages configure used all come from "
          f"the {len(listed)} packages {script} names or their dependencies.")
    if args.must_notice:
        found = problems([p for p in listed if p != args.must_notice])
        if not any(f"add {args.must_notice} " in p for p in found):
            print(f"check-build-deps: without {args.must_notice} in the list the check still passed", file=sys.stderr)
            return 1
        print(f"check-build-deps: and without {args.must_notice} it fails: "
              f"{next(p for p in found if f'add {args.must_notice} ' in p)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
