#!/usr/bin/env python3
"""The .deb that `cpack -G DEB` builds must declare every package it needs to run.

Builds the package into a temporary folder, unpacks it, and collects what its
programs need:
  - the shared libraries of every ELF file in it, as ldd resolves them;
  - what the GUI loads at run time and ldd cannot see: it is started in
    Chinese under Xvfb on a new database, and every shared object and Qt
    translation it has mapped (the SQLite driver, the platform, image and icon
    plugins, qtbase_zh_CN.qm) is read from /proc/PID/maps.
Each file's Debian package must be in the package's Depends or be pulled in
by them. A missing one fails with the package and the file that needed it.

  check_deb_depends.py BUILD_DIR [--must-notice PKG]

--must-notice: once the check has passed, it is judged again with PKG taken
out of Depends and must then fail naming PKG, which proves it can fail.
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile

import debpackages


def say(text):
    print(f"check-deb-depends: {text}", file=sys.stderr)


def build_deb(build_dir, out_dir):
    run = subprocess.run(["cpack", "-G", "DEB", "-B", out_dir], cwd=build_dir,
                         capture_output=True, text=True)
    debs = glob.glob(os.path.join(out_dir, "*.deb"))
    if run.returncode != 0 or len(debs) != 1:
        say(f"cpack -G DEB failed:\n{run.stdout}\n{run.stderr}")
        sys.exit(1)
    return debs[0]


def elf_files(root):
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    yield path


def linked_libraries(path):
    out = subprocess.run(["ldd", path], capture_output=True, text=True)
    libs = []
    for line in out.stdout.splitlines():
        if "not found" in line:
            say(f"{os.path.basename(path)} needs {line.split()[0]}, which ldd cannot find")
            libs.append(None)
        parts = line.split("=>")
        if len(parts) == 2:
            target = parts[1].split("(")[0].strip()
            if target.startswith("/"):
                libs.append(target)
    return libs


def loaded_at_run_time(root, work):
    """Shared objects and .qm files the GUI maps once its window is up, in Chinese."""
    env = dict(os.environ)
    for var in ("QT_QPA_PLATFORM", "LC_ALL", "LANGUAGE", "LC_MESSAGES"):
        env.pop(var, None)
    env.update(LANG="zh_CN.UTF-8", HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"), XDG_RUNTIME_DIR=work)
    db = os.path.join(work, "check.guanxi")
    subprocess.run([os.path.join(root, "usr/bin/guanxi-cli"), "-d", db, "init"], env=env, check=True,
                   capture_output=True)
    maps_file = os.path.join(work, "maps")
    app = os.path.join(root, "usr/bin/guanxi")
    script = (f'"{app}" --database "{db}" & pid=$!; sleep 6; '
              f'cat /proc/$pid/maps > "{maps_file}"; kill $pid; wait $pid')
    subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "sh", "-c", script], env=env,
                   capture_output=True, timeout=120)
    if not os.path.exists(maps_file) or os.path.getsize(maps_file) == 0:
        say("the GUI did not start under xvfb-run, so what it loads at run time is unknown")
        sys.exit(1)
    files = set()
    with open(maps_file) as maps:
        for line in maps:
            fields = line.split(None, 5)
            if len(fields) == 6:
                path = fields[5].strip()
                if (".so" in os.path.basename(path) or path.endswith(".qm")) and not path.startswith(root):
                    files.add(path)
    return files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--must-notice", metavar="PKG")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="guanxi-deb-")
    try:
        deb = build_deb(args.build_dir, os.path.join(work, "out"))
        depends = subprocess.run(["dpkg-deb", "-f", deb, "Depends"], capture_output=True, text=True,
                                 check=True).stdout
        declared = debpackages.depends_field_names(depends)
        root = os.path.join(work, "root")
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)

        needs = {}  # file -> what needed it
        for elf in elf_files(root):
            for lib in linked_libraries(elf):
                if lib is None:
                    return 1
                needs.setdefault(lib, f"{os.path.relpath(elf, root)} links it")
        loaded = loaded_at_run_time(root, work)
        for path in loaded:
            needs.setdefault(path, "the running GUI loaded it")

        expected = {"platform plugin": "/plugins/platforms/", "SQLite driver": "/sqldrivers/libqsqlite",
                    "Qt's Chinese translation": "qtbase_zh_CN.qm"}
        for what, part in expected.items():
            if not any(part in p for p in loaded):
                say(f"the GUI ran without loading its {what}; this check could not see it")
                return 1

        owners = debpackages.owners(sorted(needs))
        graph = debpackages.installed_graph()

        def problems(names):
            covered = debpackages.closure(names, graph)
            found = []
            for path, pkgs in sorted(owners.items()):
                if not pkgs:
                    found.append(f"{path} ({needs[path]}) belongs to no Debian package")
                elif not pkgs & covered:
                    pkg = ", ".join(sorted(pkgs))
                    found.append(f"{path} ({needs[path]}) comes from {pkg}, which the package's Depends "
                                 f"neither name nor pull in: add {pkg} to CPACK_DEBIAN_PACKAGE_DEPENDS "
                                 f"in cmake/GuanxiPackaging.cmake")
            return found

        found = problems(declared)
        for p in found:
            say(p)
        if found:
            return 1
        print(f"check-deb-depends: {os.path.basename(deb)} declares all {len(needs)} libraries, plugins and "
              f"translations its programs link or load ({len(loaded)} seen in the running GUI).")
        if args.must_notice:
            found = problems(declared - {args.must_notice})
            if not any(f"add {args.must_notice} " in p for p in found):
                say(f"without {args.must_notice} in Depends the check still passed")
                return 1
            print(f"check-deb-depends: and without {args.must_notice} it fails: "
              f"{next(p for p in found if f'add {args.must_notice} ' in p)}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
