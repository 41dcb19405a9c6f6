"""`warta completion bash|zsh`: a script from the parser that completes commands, options and choices."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from warta.cli import build_parser, main
from warta.cli.completion import bash_script


def _complete(script: Path, words: list[str]) -> list[str]:
    probe = (
        f"source {script}; COMP_WORDS=({' '.join(repr(w) for w in words)}); "
        'COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _warta; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True)
    return done.stdout.split()


@pytest.fixture(scope="module")
def script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("completion") / "warta.bash"
    path.write_text(bash_script(build_parser()), encoding="utf-8")
    return path


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["warta", ""], {"brief", "demo", "search", "follow", "completion", "--version"}),
        (["warta", "st"], {"stories"}),
        (["warta", "brief", "--f"], {"--format", "--field"}),
        (["warta", "brief", "a.txt", "--format", ""], {"md", "json", "html"}),
        (["warta", "export", "--format", ""], {"jsonl", "csv"}),
        (["warta", "eval", "s"], {"search", "summary"}),
        (["warta", "eval", "search", "--l"], {"--limit"}),
        (["warta", "-q", "sh"], {"show"}),
    ],
)
def test_bash_completes_commands_options_and_choices(
    script: Path, words: list[str], expected: set[str]
) -> None:
    got = set(_complete(script, words))
    if words == ["warta", ""]:  # every command and top-level option: a few named ones suffice
        assert expected <= got
    else:
        assert got == expected


def test_the_command_prints_scripts_for_bash_and_zsh(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "bash"]) == 0
    bash = capsys.readouterr().out
    assert bash.startswith("# warta completion for bash") and "complete -o filenames -F _warta warta" in bash
    assert main(["completion", "zsh"]) == 0
    zsh = capsys.readouterr().out
    assert zsh.startswith("#compdef warta") and "bashcompinit" in zsh


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_the_script_is_valid_bash(script: Path) -> None:
    assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0
