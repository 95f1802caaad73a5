"""What Debian's dpkg knows about installed files and packages, for the
packaging checks: which package owns a file, and which packages a set of
packages brings in through Depends and Pre-Depends."""

import os
import re
import subprocess


def _usr_variants(path):
    """The names dpkg may know a file by on a merged-/usr system."""
    names = [path]
    real = os.path.realpath(path)
    if real != path:
        names.append(real)
    for p in list(names):
        if p.startswith("/usr/lib/") or p.startswith("/usr/bin/") or p.startswith("/usr/sbin/"):
            names.append(p[len("/usr"):])
        elif p.startswith("/lib/") or p.startswith("/bin/") or p.startswith("/sbin/"):
            names.append("/usr" + p)
    return names


def owners(paths):
    """Maps each path to the set of packages that own it (empty when none)."""
    result = {}
    for path in paths:
        found = set()
        for name in _usr_variants(path):
            out = subprocess.run(["dpkg-query", "-S", name], capture_output=True, text=True)
            for line in out.stdout.splitlines():
                if line.startswith("diversion "):
                    continue
                pkgs, _, owned = line.partition(": ")
                if owned.strip() != name:
                    continue
                found.update(p.strip().split(":")[0] for p in pkgs.split(","))
            if found:
                break
        result[path] = found
    return result


def _names(field):
    """The package names a Depends field mentions, alternatives included."""
    names = set()
    for clause in field.split(","):
        for alt in clause.split("|"):
            alt = re.sub(r"\(.*?\)|\[.*?\]|<.*?>", "", alt).strip()
            if alt:
                names.add(alt.split(":")[0])
    return names


def installed_graph():
    """(depends, provides) over the installed packages: package -> the names
    it depends on; virtual name -> the packages providing it."""
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package}\t${Status}\t${Provides}\t${Depends}, ${Pre-Depends}\n"],
        capture_output=True, text=True, check=True).stdout
    depends, provides = {}, {}
    for line in out.splitlines():
        pkg, status, prov, deps = (line.split("\t") + ["", "", ""])[:4]
        if not status.endswith(" installed"):
            continue
        depends[pkg] = _names(deps)
        provides.setdefault(pkg, set()).add(pkg)
        for name in _names(prov):
            provides.setdefault(name, set()).add(pkg)
    return depends, provides


def closure(roots, graph=None):
    """Every installed package that the roots are or pull in through Depends
    and Pre-Depends (all alternatives followed, virtual names resolved)."""
    depends, provides = graph or installed_graph()
    seen = set()
    todo = [n for r in roots for n in provides.get(r, {r})]
    while todo:
        pkg = todo.pop()
        if pkg in seen:
            continue
        seen.add(pkg)
        for name in depends.get(pkg, ()):
            todo.extend(provides.get(name, ()))
    return seen


def depends_field_names(field):
    return _names(field)
