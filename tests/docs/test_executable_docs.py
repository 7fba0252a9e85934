"""Executable documentation: every `console` and `python` block of the documents below runs as written.

Each document in `DOCUMENTS` gets a fresh mock (`mockserver serve`, all four APIs, the development
token `mock-token`) started over a real socket on a free port; its blocks then run **in order**,
top to bottom, so a block may use what an earlier block of the same document created (names,
clients, state on the mock). A document that stops working fails the build, naming `document:line`.

Conventions for writing a document (README.md, mockserver/README.md, sdk/<api>/README.md):

- **Which blocks run**: fences whose info string starts with `console` or `python`. Other fences
  (`yaml`, plain ```` ``` ````, `text`) are prose and never run.
- **The mock's address**: write `http://127.0.0.1:4010` (what `mockserver serve` prints), with the
  API's prefix (`http://127.0.0.1:4010/omnistrate`). The runner replaces that text, and only that
  text, with the fresh mock's address, in code and in expected output. The token is the development
  token `mock-token` as written; tokens the mock issues (`mockserver token ...`, sign-in, exchange)
  work as they do against `mockserver serve`.
- **python blocks** run in one namespace per document (imports and clients carry over to the next
  block), in the repository root, in the test's own environment (the mock and the four SDKs
  installed). Top-level `await` is allowed: such a block runs in `asyncio.run`. Output is not
  compared: use `assert` for what the reader should see.
- **console blocks** run each command with bash in the repository root, with the test
  environment's executables first on `PATH`:
  - *transcript*: when any line starts with `$ `, each `$ command` must print exactly the lines that
    follow it up to the next `$ ` (trailing spaces ignored; no lines means no output);
  - *script*: otherwise every non-empty line that is not a `#` comment is a command that must exit 0;
    its output is not compared.
  Two commands are not run as such: `pip install ...` / `python -m pip install ...` is only checked
  (every local path it names must exist: the test environment has installed them), and
  a plain `mockserver serve ...` (no `;`, `|`, `>`, `$` ...) is started in the background on a free
  port (the documented `--port` gives way), must answer `/__mock/health`, and is stopped at the end of
  its block. To show a failing command, make the line succeed and print what matters:
  `$ mockserver serve ./nope.yaml 2>&1; echo "exit code $?"`. ` && ` chains are split
  and each part treated so. Commands are one line each (no `\\` continuations).
- **Not runnable**: an HTML comment on the line right before the fence,
  `<!-- not-run: the reason -->`, skips the block; the reason is required and shows in the test's
  summary. Keep these few (the test command itself, commands that rewrite the checkout).
- **Known state**: the mock starts empty for each document. A walk-through that must not depend on
  what earlier blocks created begins with
  `curl -s -X POST -H "Authorization: Bearer mock-token" http://127.0.0.1:4010/__mock/reset`.

`pytest tests/docs` prints how many blocks ran per document in the terminal summary, under pytest-xdist
too (the plugin `pytest_summaries.executable_docs`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mockserver.testing import running_server
from pytest_summaries.executable_docs import SUMMARY  # the user property the summary plugin prints

from .docs_runner import ROOT, DocBlockError, blocks, run_document

# The documents whose blocks run, in this order (the SDK READMEs are generated from
# generator/templates/README.md.jinja and generator/extras/<api>/README.md).
DOCUMENTS: tuple[str, ...] = (
    "README.md",
    "mockserver/README.md",
    "sdk/datahub/README.md",
    "sdk/datum/README.md",
    "sdk/omnistrate/README.md",
    "sdk/pds/README.md",
)


@pytest.fixture
def mock_url() -> Iterator[str]:
    """A fresh mock (every API, the development token) over a real socket, for one document."""
    with running_server() as url:
        yield url


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_block_runs_as_written(
    document: str, mock_url: str, record_property: Callable[[str, object], None]
) -> None:
    path = ROOT / document
    report = run_document(path, mock_url)
    record_property(SUMMARY, report.summary())
    found = blocks(path.read_text(encoding="utf-8"))
    assert len(report.run) + len(report.not_run) == len(found)
    assert report.run, f"{document} has no block that runs"
    assert len(report.not_run) <= 2, f"{document}: not-run blocks should be few: {report.summary()}"


BROKEN = """\
# A document

```console
$ curl -s -H "Authorization: Bearer mock-token" http://127.0.0.1:4010/datahub/tenants
[]
```

<!-- not-run: shows a command that would rewrite the checkout -->
```console
rm -rf sdk
```

```python
import httpx

tenants = httpx.get("http://127.0.0.1:4010/datahub/tenants", headers={"Authorization": "Bearer mock-token"})
assert tenants.json() == [], tenants.text
```
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "DOC.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_working_document_runs_and_counts_its_blocks(tmp_path: Path, mock_url: str) -> None:
    report = run_document(_write(tmp_path, BROKEN), mock_url)
    assert [b.line for b in report.run] == [3, 13]
    assert [(b.line, b.not_run) for b in report.not_run] == [
        (9, "shows a command that would rewrite the checkout")
    ]
    assert report.summary().startswith("DOC.md: 2 blocks run, 1 not run (line 9: shows a command")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("[]\n```", '["acme"]\n```', "DOC.md:3: `curl -s"),  # expected output differs
        ("curl -s -H", "curl -s --fail -H 'Authorization: Bearer nope' -H", "DOC.md:3: `curl"),  # exit code
        ("== [], tenants.text", "== ['acme'], tenants.text", "DOC.md:13: python block raised AssertionError"),
        ("import httpx", "import httpx_not_there", "DOC.md:13: python block raised ModuleNotFoundError"),
        (
            "<!-- not-run: shows a command that would rewrite the checkout -->",
            "<!-- not-run: -->",
            "needs a reason",
        ),
    ],
    ids=["output", "exit-code", "python-assert", "python-import", "not-run-without-reason"],
)
def test_a_broken_block_fails_naming_its_line(
    tmp_path: Path, mock_url: str, old: str, new: str, message: str
) -> None:
    assert old in BROKEN
    with pytest.raises(DocBlockError, match=r"\S") as failure:
        run_document(_write(tmp_path, BROKEN.replace(old, new)), mock_url)
    assert message in str(failure.value)


def test_breaking_a_readme_block_fails(tmp_path: Path, mock_url: str) -> None:
    """The README itself, with one expected output changed, no longer passes."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    answer = (
        '$ curl -s -X PUT -H "Authorization: Bearer mock-token" http://127.0.0.1:4010/datahub/tenants/acme\n'
    )
    assert answer + '{"name":"acme"}\n' in text
    broken = text.replace(answer + '{"name":"acme"}\n', answer + '{"name":"acme","owner":"me"}\n')
    with pytest.raises(DocBlockError, match=r"DOC\.md:\d+: `curl -s -X PUT"):
        run_document(_write(tmp_path, broken), mock_url)


def test_top_level_await_and_shared_namespace(tmp_path: Path, mock_url: str) -> None:
    first = "```python\nimport asyncio\nvalue = 1\n```\n"
    text = first + "\n```python\nawait asyncio.sleep(0)\nassert value == 1\n```\n"
    assert len(run_document(_write(tmp_path, text), mock_url).run) == 2


def test_install_commands_are_checked_not_run(tmp_path: Path, mock_url: str) -> None:
    ok = "```console\npython -m pip install . ./sdk/*\n```\n"
    assert len(run_document(_write(tmp_path, ok), mock_url).run) == 1
    with pytest.raises(DocBlockError, match=r"names '\./sdks/pds', which does not exist"):
        run_document(_write(tmp_path, "```console\npip install ./sdks/pds\n```\n"), mock_url)
