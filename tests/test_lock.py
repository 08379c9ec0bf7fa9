"""requirements.lock agrees with pyproject.toml: a dependency changed in one and not the other fails here,
in seconds, rather than as a different install on a clinic's server (README, "Dependencies")."""

import re

import tomli

from conftest import ROOT

LOCK = (ROOT / "requirements.lock").read_text()
PINS = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\$", LOCK, flags=re.M))


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_package_in_pyproject_is_locked_at_the_same_version():
    project = tomli.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    locked = {canonical(name): version for name, version in PINS.items()}
    for requirement in wanted:
        name, version = requirement.split("==")
        assert locked.get(canonical(name)) == version, f"{requirement}: run `make lock`"


def test_every_locked_package_is_pinned_with_a_hash():
    blocks = re.split(r"\n(?=[A-Za-z0-9_.-]+==)", LOCK.split("\n\n# The following packages")[0])
    packages = [b for b in blocks if re.match(r"[A-Za-z0-9_.-]+==", b)]
    assert len(packages) > 150
    for block in packages:
        assert "--hash=sha256:" in block, block.splitlines()[0]
