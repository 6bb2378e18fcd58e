"""The message catalogue and the code that raises: no code without its two sentences.

Every ``KbError``-family constructor, ``Problem(...)``, ``Message(...)``/``Message.of(...)``
and CLI ``say(...)`` call under ``kb_app`` is read from the source (AST). A code given as a
literal must be in the catalogue, and the parameters given at the call must be exactly the
placeholders of its French and of its English sentence. A code given otherwise is allowed
only at the few places listed in ``DYNAMIC`` (they pass on a code already checked).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kb_app.core.errors import KbError, Message, NotFound, Problem, ValidationError, is_code
from kb_app.core.messages import (
    CATALOGUE,
    LANGUAGES,
    language_from_locale,
    merged,
    placeholders,
    render,
)
from kb_app.core.messages.vocabulary import VOCABULARIES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "kb_app"
CATALOGUE_DIR = PACKAGE / "core" / "messages"

#: Calls whose first argument is a code and whose keywords are its parameters.
CODE_FIRST = {"say", "_say", "_usage_error"}
#: Sites that pass on a code not written there: (file, function).
DYNAMIC = {
    ("kb_app/core/thesaurus/maintenance.py", "_resolve_all"),  # a lookup's NotFound, located
    ("kb_app/core/thesaurus/skos_child.py", "load_skos_isolated"),  # the child's error
    ("kb_app/core/seed/frontmatter.py", "schema_problem"),  # _SCHEMA_CODES (tested below)
    ("kb_app/core/storage/attachment_store.py", "storage_error"),  # no code: a vocabulary
    ("kb_app/core/interchange/bibtex_read.py", "warn"),  # Problem.at(note)
    ("kb_app/core/errors.py", "at"),  # Problem.at itself
    ("kb_app/core/errors.py", "of"),  # Message.of itself
    ("kb_app/core/errors.py", "from_dict"),  # Problem.from_dict itself
    ("kb_app/cli/i18n.py", "say"),
    ("kb_app/launcher.py", "_say"),
    ("kb_app/cli/commands/attach.py", "_usage_error"),
    ("kb_app/cli/commands/import_.py", "reason"),  # an import entry's reason (a code)
    ("kb_app/gui/import_text.py", "reason_text"),  # the same, in the window
    ("kb_app/core/interchange/attachment_text.py", "_plain_text"),  # decoding notes
    ("kb_app/core/interchange/importer.py", "_checked_draft"),  # schema problems, relocated
    ("kb_app/core/library/imports.py", "_not_attached"),  # an attachment's error, relocated
}


@dataclass
class Site:
    file: str
    line: int
    function: str
    codes: list[str] | None  # None: not a literal
    params: set[str] | None  # None: not known from the source
    legacy: bool = False

    def __str__(self) -> str:
        return f"{self.file}:{self.line} ({self.function})"


def python_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if CATALOGUE_DIR not in p.parents)


def error_classes(trees: list[ast.Module]) -> set[str]:
    """``KbError`` and every class defined (anywhere under kb_app) below it."""
    names = {"KbError"}
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for cls in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases}
            if cls.name not in names and bases & names:
                names.add(cls.name)
                grew = True
    return names


class _Finder(ast.NodeVisitor):
    def __init__(self, file: str, errors: set[str]) -> None:
        self.file, self.errors = file, errors
        self.function = "<module>"
        self.assigned: dict[str, ast.expr] = {}
        self.sites: list[Site] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        outer, saved = self.function, self.assigned
        self.function, self.assigned = node.name, {}
        self.generic_visit(node)
        self.function, self.assigned = outer, saved

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            if isinstance(target, ast.Name):
                self.assigned[target.id] = node.value
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if func.value.id == "Message" and func.attr == "of":
                name = "Message.of"
            elif func.attr in self.errors:
                name = func.attr
        if name is None:
            return
        if name in self.errors or name in CODE_FIRST or name == "Message.of":
            self.add(node, arg(node, 0, "code"), keywords(node))
        elif name == "Message":
            self.add(node, arg(node, 0, "code"), self.mapping(arg(node, 1, "params")))
        elif name == "Problem":
            self.add(node, arg(node, 1, "code"), self.mapping(arg(node, 3, "params")))

    def mapping(self, node: ast.expr | None) -> set[str] | None:
        """The keys of a literal dict, directly or through a name assigned one."""
        if node is None:
            return set()
        if isinstance(node, ast.Name) and node.id in self.assigned:
            node = self.assigned[node.id]
        if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
            return {str(k.value) for k in node.keys if isinstance(k, ast.Constant)}
        return None

    def codes(self, node: ast.expr | None) -> tuple[list[str] | None, bool]:
        """The literal codes ``node`` can be, and whether it is a legacy sentence."""
        if isinstance(node, ast.Name) and node.id in self.assigned:
            node = self.assigned[node.id]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value], not is_code(node.value)
        if isinstance(node, ast.JoinedStr):
            return None, True
        if isinstance(node, ast.IfExp):
            body, legacy_body = self.codes(node.body)
            other, legacy_other = self.codes(node.orelse)
            if body is not None and other is not None:
                return body + other, legacy_body or legacy_other
        return None, False

    def add(self, node: ast.Call, code: ast.expr | None, params: set[str] | None) -> None:
        codes, legacy = self.codes(code)
        self.sites.append(Site(self.file, node.lineno, self.function, codes, params, legacy))


def arg(node: ast.Call, index: int, name: str) -> ast.expr | None:
    if len(node.args) > index and not isinstance(node.args[index], ast.Starred):
        return node.args[index]
    return next((k.value for k in node.keywords if k.arg == name), None)


def keywords(node: ast.Call) -> set[str] | None:
    if any(k.arg is None for k in node.keywords):  # **params
        return None
    return {str(k.arg) for k in node.keywords if k.arg not in ("problems",)}


def all_sites() -> list[Site]:
    files = python_files()
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in files]
    errors = error_classes(trees)
    sites: list[Site] = []
    for path, tree in zip(files, trees, strict=True):
        finder = _Finder(path.relative_to(ROOT).as_posix(), errors)
        finder.visit(tree)
        sites += finder.sites
    return sites


SITES = all_sites()


def names(code: str, lang: str) -> set[str]:
    french, english = CATALOGUE[code]
    return set(placeholders(french if lang == "fr" else english))


def coded_sites() -> Iterator[tuple[Site, str]]:
    for site in SITES:
        for code in site.codes or []:
            if not site.legacy:
                yield site, code


def test_the_walk_finds_the_raise_sites() -> None:
    assert len(SITES) > 200
    assert any(s.file == "kb_app/core/storage/personal.py" for s in SITES)


def test_every_code_raised_has_a_french_and_an_english_sentence() -> None:
    missing = [f"{site}: {code}" for site, code in coded_sites() if code not in CATALOGUE]
    assert not missing, "codes without sentences:\n" + "\n".join(missing)


def test_the_parameters_given_are_the_placeholders_of_both_sentences() -> None:
    wrong = []
    for site, code in coded_sites():
        if code not in CATALOGUE or site.params is None:
            continue
        for lang in LANGUAGES:
            if names(code, lang) != site.params:
                wrong.append(f"{site}: {code} ({lang}) names {sorted(names(code, lang))}, ")
                wrong[-1] += f"the call gives {sorted(site.params)}"
    assert not wrong, "\n".join(wrong)


def test_codes_and_parameters_not_written_at_the_call_are_rare() -> None:
    unknown = [
        str(s)
        for s in SITES
        if (s.codes is None and not s.legacy) or (s.params is None and s.codes is not None)
        if (s.file, s.function) not in DYNAMIC
    ]
    assert not unknown, "codes or parameters the test cannot read:\n" + "\n".join(unknown)


def test_no_sentence_is_raised_without_a_code() -> None:
    legacy = [str(s) for s in SITES if s.legacy]
    assert not legacy, "errors raised as English sentences:\n" + "\n".join(legacy)


def test_french_and_english_sentences_have_the_same_placeholders() -> None:
    for code, (french, english) in CATALOGUE.items():
        fr, en = placeholders(french), placeholders(english)
        assert set(fr) == set(en), code
        for name in fr:  # a vocabulary is the same in both; a number format may differ
            assert (fr[name] in VOCABULARIES) == (en[name] in VOCABULARIES), (code, name)
            assert (
                fr[name] in VOCABULARIES
                or fr[name] == en[name]
                or {fr[name], en[name]}
                <= {
                    "",
                    ",",
                }
            ), (code, name)
            for spec in (fr[name], en[name]):
                assert spec in VOCABULARIES or spec in ("", ","), (code, spec)
        assert is_code(code), code
        assert french.strip(), code
        assert english.strip(), code


def test_every_sentence_is_used() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in python_files())
    constants = {
        node.value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    dead = sorted(set(CATALOGUE) - constants)
    assert not dead, "sentences no code uses: " + ", ".join(dead)


def test_schema_codes_take_the_field() -> None:
    from kb_app.core.seed.frontmatter import _SCHEMA_CODES

    for code in set(_SCHEMA_CODES.values()):
        expected = (
            {"field", "value"}
            if code in ("frontmatter.pattern", "frontmatter.not_allowed")
            else {"field"}
        )
        assert names(code, "fr") == names(code, "en") == expected, code


# -- the catalogue's API --------------------------------------------------------------------


def test_a_code_defined_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="defined twice"):
        merged({"a.b": ("x", "y")}, {"a.b": ("z", "w")})


def test_render_fills_placeholders_and_vocabulary() -> None:
    params = {"line": 3, "encoding": "cp1252", "how": "declared"}
    assert render("decoding.read_as", params, "fr") == (
        "pas en UTF-8 (ligne 3) : lu en cp1252, encodage déclaré par le fichier"
    )
    assert render("decoding.read_as", params, "en") == (
        "not UTF-8 (line 3): read as cp1252, declared by the file"
    )
    field = {"field": "details.place"}
    assert render("frontmatter.required", field, "fr") == "le champ « lieu » est obligatoire"
    assert render("frontmatter.required", field, "en") == "the field « place » is required"
    assert render("no.such_code", {}, "fr") == "no.such_code"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "C"}, "en"),
        ({}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_CA.UTF-8"}, "fr"),
    ],
)
def test_language_from_locale(environ: dict[str, str], expected: str) -> None:
    assert language_from_locale(environ) == expected


def test_errors_keep_code_params_and_an_english_str() -> None:
    err = NotFound("concept.not_found", label="x")
    assert (err.code, err.params, str(err)) == ("concept.not_found", {"label": "x"}, err.message)
    assert str(err) == "no concept « x »"
    problem = Problem("f.bib", "bibtex.no_key", 4)
    assert str(problem) == "f.bib:4: entry without key"
    assert problem.to_dict() == {
        "where": "f.bib",
        "line": 4,
        "code": "bibtex.no_key",
        "message": "entry without key",
    }
    assert Problem.from_dict(problem.to_dict()) == problem
    assert hash(problem) == hash(Problem("f.bib", "bibtex.no_key", 4))
    invalid = ValidationError("file.unreadable", [problem], name="f.bib")
    assert str(invalid) == "f.bib cannot be read\n  f.bib:4: entry without key"
    assert Problem.at("w", Message.of("bibtex.no_type"), 2).code == "bibtex.no_type"
    assert isinstance(invalid, KbError)


def test_the_walk_sees_a_wrong_call() -> None:
    source = (
        "def f(x):\n"
        "    raise NotFound('fiche.not_found', name=x)\n"
        "    raise KbError('no such thing happened')\n"
        "    return Problem('w', 'no.such_code', 3, {'a': x})\n"
    )
    finder = _Finder("example.py", {"KbError", "NotFound"})
    finder.visit(ast.parse(source))
    wrong_params, sentence, unknown = finder.sites
    assert wrong_params.codes == ["fiche.not_found"]
    assert wrong_params.params == {"name"} != names("fiche.not_found", "fr")
    assert sentence.legacy
    assert unknown.codes == ["no.such_code"]
    assert unknown.params == {"a"}
    assert "no.such_code" not in CATALOGUE
