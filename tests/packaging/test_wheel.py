"""The application as a user installs it: the sdist and the wheel built from this tree, the
wheel installed into a fresh virtual environment, then `kb` run from a folder outside the
repository, so that only the installed copy can answer (its resources, schemas, migrations
and translations come from inside the package).

It runs in `make test` (hence CI), as issue 14 asks; alone: ``pytest -m packaging
tests/packaging``. It needs the package index (or a pip cache or find-links holding kb_app's
dependencies): without it the test fails, saying so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from kb_app import __version__
from kb_app.core.paths import resources_dir
from kb_app.core.seed.loader import load_bundle

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
# What an sdist is built from (the rest of the repository is for developers).
SOURCES = (
    "setup.py",
    "pyproject.toml",
    "MANIFEST.in",
    "README.md",
    "kb_app",
    "resources",
    "schema",
)
SEED_KEY = "ref-calame-2004-universite-21e-siecle"


@dataclass(frozen=True)
class Installed:
    venv: Path
    sdist: Path
    wheel: Path
    outside: Path  # a working folder outside the repository
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args,
            cwd=self.outside,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def kb(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return self.run(str(self.venv / "bin" / "kb"), *args, timeout=timeout)


def _step(what: str, args: list[str], cwd: Path, env: dict[str, str], *, index: bool) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        hint = (
            " This step downloads kb_app's dependencies: it needs the package index (network) "
            "or a pip cache / find-links that holds them."
            if index
            else ""
        )
        pytest.fail(f"{what} failed (exit {done.returncode}).{hint}\n{tail}", pytrace=False)
    return done.stdout


def _clean_env(base: Path) -> dict[str, str]:
    """No path back into this tree, no user's library or settings touched."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"} and not k.startswith("KB_")
    }
    env.update(
        HOME=str(base / "home"),
        XDG_CONFIG_HOME=str(base / "home" / "config"),
        XDG_DATA_HOME=str(base / "home" / "data"),
        XDG_CACHE_HOME=str(base / "home" / "cache"),
        LANG="fr_FR.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.pop("LC_ALL", None)
    env.pop("LANGUAGE", None)
    # pip's download cache stays the user's: a second run does not download again.
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("packaging")
    env = _clean_env(base)
    source = base / "source"
    for name in SOURCES:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(origin, source / name)
    venv = base / "venv"
    python = str(venv / "bin" / "python")
    _step("python -m venv", [sys.executable, "-m", "venv", str(venv)], base, env, index=False)
    pip = [python, "-m", "pip", "install", "--quiet", "-c", str(CONSTRAINTS)]
    _step("installing setuptools", [*pip, "setuptools"], base, env, index=True)

    dist = base / "dist"
    build_sdist = "import sys; from setuptools import build_meta as b; b.build_sdist(sys.argv[1])"
    _step("building the sdist", [python, "-c", build_sdist, str(dist)], source, env, index=False)
    (sdist,) = dist.glob("kb_app-*.tar.gz")
    unpacked = base / "unpacked"
    with tarfile.open(sdist) as tar:
        tar.extractall(unpacked, filter="data")
    # The wheel is built from the unpacked sdist: the sdist alone must be enough.
    (tree,) = unpacked.iterdir()
    wheel_cmd = [python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    _step("building the wheel", [*wheel_cmd, "-w", str(dist), str(tree)], base, env, index=False)
    (wheel,) = dist.glob("kb_app-*.whl")
    _step("installing the wheel", [*pip, f"{wheel}[gui]"], base, env, index=True)
    outside = base / "elsewhere"
    outside.mkdir()
    return Installed(venv, sdist, wheel, outside, env)


def test_the_sdist_holds_the_reviewed_sources(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    for expected in (
        "setup.py",
        "resources/thesaurus/thesaurus.ttl",
        "resources/csl/iso690-author-date-fr.csl",
        f"resources/seed/references/{SEED_KEY}.md",
        "resources/translations/kb_app_fr.ts",
        "resources/translations/kb_app_en.qm",
        "schema/fiche-front-matter.schema.json",
        "schema/schema.sql",
        "kb_app/core/storage/migrations/versions/0001_initial_schema.py",
    ):
        assert expected in names, expected


def test_the_wheel_ships_resources_schemas_migrations_and_translations(
    installed: Installed,
) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    for expected in (
        "kb_app/_shipped/resources/thesaurus/thesaurus.ttl",
        "kb_app/_shipped/resources/csl/locales-fr-FR.xml",
        f"kb_app/_shipped/resources/seed/references/{SEED_KEY}.md",
        "kb_app/_shipped/resources/translations/kb_app_en.qm",
        "kb_app/_shipped/schema/fiche-front-matter.schema.json",
        "kb_app/core/storage/migrations/env.py",
        "kb_app/core/storage/migrations/script.py.mako",
        "kb_app/core/storage/migrations/versions/0001_initial_schema.py",
    ):
        assert expected in names, expected
    assert not [n for n in names if "__pycache__" in n or n.endswith(".ts")]


def test_the_installed_copy_reads_its_own_files(installed: Installed) -> None:
    script = (
        "import json, kb_app; from kb_app.core import paths; print(json.dumps("
        "[kb_app.__file__, str(paths.resources_dir()), str(paths.schema_dir())]))"
    )
    done = installed.run(str(installed.venv / "bin" / "python"), "-c", script)
    assert done.returncode == 0, done.stderr
    package, resources, schema = json.loads(done.stdout)
    site = installed.venv.resolve()
    for path in (package, resources, schema):
        assert Path(path).resolve().is_relative_to(site), path
    assert resources.endswith("kb_app/_shipped/resources")


def shipped() -> tuple[int, int, int]:
    """(fiches, references, concepts) of the course in this source tree, which the installed
    package must seed: read here, so that the test follows the content."""
    bundle = load_bundle(resources_dir())
    references = sum(1 for f in bundle.fiches if f.kind == "reference")
    return len(bundle.fiches), references, len(bundle.thesaurus.concepts)


def test_stats_search_and_cite_on_a_new_library(installed: Installed) -> None:
    library = str(installed.outside / "lib")
    stats = installed.kb("--library", library, "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    counts = json.loads(stats.stdout)
    _fiches, references, concepts = shipped()
    assert counts["fiches"]["reference"] == references == 11  # the course, from the package
    assert counts["concepts"] == concepts  # the thesaurus, from the package

    search = installed.kb("--library", library, "search", "budget", "--json")
    assert search.returncode == 0, search.stderr
    found = json.loads(search.stdout)
    assert found["total"] >= 1
    assert "case-porto-alegre-budget-participatif" in [hit["id"] for hit in found["hits"]]

    cite = installed.kb("--library", library, "cite", SEED_KEY)
    assert cite.returncode == 0, cite.stderr
    assert cite.stdout.startswith("CALAME, Pierre, 2004.")  # the ISO 690 style shipped


def test_import_bibtex_and_skos(installed: Installed) -> None:
    library = str(installed.outside / "imports")
    bib = installed.kb("--library", library, "import", str(DATA / "bibtex" / "roles.bib"), "--json")
    assert bib.returncode == 0, bib.stderr
    assert json.loads(bib.stdout)["imported"] == 10
    ttl = DATA / "skos" / "skosmos-collation.ttl"
    skos = installed.kb("--library", library, "import", str(ttl), "--json")
    assert skos.returncode == 0, skos.stderr
    report = json.loads(skos.stdout)
    assert (report["format"], report["imported"]) == ("skos", 3)
    counts = json.loads(installed.kb("--library", library, "stats", "--json").stdout)
    _fiches, references, concepts = shipped()
    assert counts["fiches"]["reference"] == references + 10
    assert counts["concepts"] == concepts + 3


def test_version(installed: Installed) -> None:
    done = installed.kb("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"kb {__version__}")


def test_the_window_opens_its_library_and_closes(installed: Installed) -> None:
    library = installed.outside / "window"
    env = {**installed.env, "KB_QUIT_WHEN_READY": "1"}
    done = subprocess.run(
        [str(installed.venv / "bin" / "kb"), "--library", str(library), "gui"],
        cwd=installed.outside,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # The window's title names the library, and the seeded course lists in its results.
    # « ready » comes with the first results: the first page, or already every fiche
    from kb_app.gui.search_controller import FIRST_PAGE

    fiches, _references, _concepts = shipped()
    said = {f"ready: kb_app — window | {n} rows" for n in (min(fiches, FIRST_PAGE), fiches)}
    assert any(line in done.stdout for line in said), (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
