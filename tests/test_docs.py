"""The user docs stay true: the CLI reference is current and complete, the JSON contract names every field,
the runnable examples run, and every relative link lands."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib.util
import io
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from warta import types as wt
from warta.cli import build_parser
from warta.codec import from_json

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = ("README.md", "cli.md", "library.md", "json-contract.md", "http-api.md", "evaluation.md")
CONTRACT_TYPES = (
    wt.Brief,
    wt.Skipped,
    wt.Story,
    wt.BriefArticle,
    wt.SummarySentence,
    wt.Citation,
    wt.FigureGroup,
    wt.FigureValue,
    wt.FigureCopy,
    wt.QuoteRecord,
    wt.QuoteCarrier,
    wt.EntityRecord,
    wt.TimelineEntry,
)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


GEN = _generator()
COMMANDS = list(GEN.walk(build_parser()))


def _page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    """The text under ``heading`` (a whole heading line) up to the next heading of any level."""
    lines = text.splitlines()
    start = lines.index(heading) + 1
    end = next((i for i in range(start, len(lines)) if re.match(r"#{1,6} ", lines[i])), len(lines))
    return "\n".join(lines[start:end])


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", text, flags=re.S | re.M)


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        a
        for a in parser._actions
        if not isinstance(a, argparse._HelpAction | argparse._SubParsersAction | argparse._VersionAction)
    ]


# -- docs/cli.md --------------------------------------------------------------------------------------


def test_cli_reference_is_regenerated() -> None:
    current = _page("cli.md")
    made_with = re.search(r"Python (\d+\.\d+)", current)
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    if made_with and made_with.group(1) != here:
        pytest.skip(f"docs/cli.md was generated with Python {made_with.group(1)}; argparse here is {here}")
    assert current == GEN.render_cli_reference(), (
        "docs/cli.md is out of date: run .venv/bin/python scripts/gen_cli_docs.py"
    )


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_command_has_a_help_line_and_a_section(command: Any) -> None:
    assert command.words == ("warta",) or command.summary, f"`{command.name}` needs help= in add_parser"
    assert f"\n## {command.name}\n" in _page("cli.md")


@pytest.mark.parametrize(
    ("command", "action"),
    [(c, a) for c in COMMANDS for a in _options(c.parser)],
    ids=lambda x: x.name if hasattr(x, "words") else (x.option_strings or [x.dest])[-1],
)
def test_every_option_has_help_and_is_in_the_reference(command: Any, action: argparse.Action) -> None:
    name = (action.option_strings or [action.metavar or action.dest])[-1]
    assert action.help and action.help != argparse.SUPPRESS, f"`{command.name} {name}` needs help="
    section = _section(_page("cli.md"), f"## {command.name}")
    assert str(name) in section, f"docs/cli.md: `{command.name}` does not show {name}"


@pytest.mark.parametrize("name", [c.words[1] for c in COMMANDS if len(c.words) == 2])
def test_index_lists_every_command(name: str) -> None:
    assert f"`warta {name}" in _page("README.md"), f"docs/README.md should list `warta {name}`"


@pytest.mark.parametrize("name", [c.words[2] for c in COMMANDS if len(c.words) == 3 and c.words[1] == "eval"])
def test_evaluation_page_has_every_eval(name: str) -> None:
    section = _section(_page("evaluation.md"), f"## `warta eval {name}`")
    assert "**Measures**" in section and "**Gate**" in section, f"eval {name}: say what it measures and gates"


def test_generator_check_mode_agrees(tmp_path: Path) -> None:
    out = tmp_path / "cli.md"
    assert GEN.main(["--out", str(out)]) == 0
    assert GEN.main(["--check", "--out", str(out)]) == 0
    out.write_text("stale\n", encoding="utf-8")
    assert GEN.main(["--check", "--out", str(out)]) == 1


# -- docs/json-contract.md ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "name"),
    [(cls, f.name) for cls in CONTRACT_TYPES for f in dataclasses.fields(cls)],
    ids=lambda x: x if isinstance(x, str) else x.__name__,
)
def test_contract_documents_every_field(cls: type, name: str) -> None:
    section = _section(_page("json-contract.md"), f"## `{cls.__name__}`")
    assert f"| `{name}` |" in section, f"json-contract.md: {cls.__name__}.{name} is not in its table"


def test_contract_example_reads_back_with_every_field() -> None:
    [example] = _blocks(_page("json-contract.md"), "json")
    data = json.loads(example)
    brief = from_json(wt.Brief, example)
    assert brief.stories and brief.stories[0].articles
    story = data["stories"][0]
    seen = {
        wt.Brief: data,
        wt.Story: story,
        wt.BriefArticle: story["articles"][0],
        wt.SummarySentence: story["summary"][0],
        wt.Citation: story["summary"][0]["citations"][0],
        wt.FigureGroup: story["figures"][0],
        wt.FigureValue: story["figures"][0]["values"][0],
        wt.QuoteRecord: story["quotes"][0],
        wt.QuoteCarrier: story["quotes"][0]["carriers"][0],
        wt.EntityRecord: story["entities"][0],
        wt.TimelineEntry: story["timeline"][0],
    }
    for cls, obj in seen.items():
        assert list(obj) == [f.name for f in dataclasses.fields(cls)], cls.__name__


def test_contract_example_citations_slice_their_sentence() -> None:
    brief = from_json(wt.Brief, _blocks(_page("json-contract.md"), "json")[0])
    story = brief.stories[0]
    texts = {a.id: a.text for a in story.articles}
    for sentence in story.summary:
        c = sentence.citations[0]
        assert texts[c.article][c.start : c.end] == sentence.text


# -- runnable examples --------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["library.md", "http-api.md"])
def test_python_examples_run(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks(_page(page), "python")
    assert blocks, f"{page} has no runnable example"
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WARTA_DB", raising=False)
    namespace: dict[str, Any] = {"__name__": f"docs_{page}"}
    for n, block in enumerate(blocks, 1):
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                exec(compile(block, f"docs/{page} block {n}", "exec"), namespace)
            except Exception as exc:
                pytest.fail(f"docs/{page} python block {n} failed: {exc!r}\n{block}")


# -- every page ---------------------------------------------------------------------------------------


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@pytest.mark.parametrize("page", PAGES)
def test_relative_links_land(page: str) -> None:
    text = re.sub(r"^```.*?^```$", "", _page(page), flags=re.S | re.M)
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (DOCS / path).resolve() if path else DOCS / page
        assert file.exists(), f"{page}: link to missing {target}"
        if anchor and file.suffix == ".md":
            headings = re.findall(r"^#{1,6} (.+)$", file.read_text(encoding="utf-8"), flags=re.M)
            assert anchor in {_slug(h) for h in headings}, f"{page}: no heading for #{anchor}"


def test_readme_links_the_docs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in PAGES:
        assert f"docs/{page}" in readme or page == "README.md", f"README.md should link docs/{page}"
