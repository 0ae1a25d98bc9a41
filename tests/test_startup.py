"""Start-up (issues 12 and 14): a command imports only what it uses, checked in a fresh process
by the modules it leaves in ``sys.modules``, and an English article compiles no pattern meant
for other scripts."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

# the parser's modules: a command that parses nothing must not load them
PARSING = ("newsparse.pipeline", "newsparse.layouts", "newsparse.features", "newsparse.classify",
           "newsparse.dates", "newsparse.names", "newsparse.segment", "newsparse.extract", "newsparse.lang",
           "newsparse.registry")
HEAVY = ("rich", "dateutil", "charset_normalizer")

SCRIPT = """
import json, sys
from newsparse.cli import cli
try:
    cli(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _modules_after(*args: str, stdin: str | None = None) -> set[str]:
    result = subprocess.run([sys.executable, "-c", SCRIPT, *args], input=stdin, capture_output=True,
                            text=True, timeout=60)
    return set(json.loads(result.stderr.splitlines()[-1]))


def _loaded(modules: set[str], prefixes) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["-h"], ["parse", "--help"], ["convert", "--help"],
                                  ["schema"], ["sources", "--help"]], ids=" ".join)
def test_commands_that_parse_nothing_import_no_parser(args):
    modules = _modules_after(*args)
    assert "newsparse.cli" in modules
    assert _loaded(modules, PARSING + HEAVY) == []


def test_parsing_in_a_pipe_loads_neither_rich_nor_the_encoding_detector(tmp_path):
    (tmp_path / "a.txt").write_text("Council agrees budget\n\nBy Jane Roe\n\nThe council met on Tuesday.\n",
                                    encoding="utf-8")
    modules = _modules_after("parse", "--format", "jsonl", str(tmp_path / "a.txt"))
    assert "newsparse.pipeline" in modules
    assert _loaded(modules, ("rich", "charset_normalizer")) == []


def test_parsing_builds_its_records_without_the_dataclasses_module(tmp_path):
    # the records are made by newsparse.slotted (a tenth of a dataclass's cost to declare)
    (tmp_path / "a.txt").write_text("Council agrees budget\n\nBy Jane Roe\n\nThe council met on Tuesday.\n",
                                    encoding="utf-8")
    modules = _modules_after("parse", "--format", "jsonl", str(tmp_path / "a.txt"))
    assert "newsparse.pipeline" in modules and "newsparse.batch" in modules
    assert "dataclasses" not in modules


def test_a_plain_page_loads_no_zone_data_no_traceback_and_no_module_for_one_constant(tmp_path):
    (tmp_path / "a.txt").write_text("Council agrees budget\n\nBy Jane Roe\n\nThe council met on Tuesday.\n",
                                    encoding="utf-8")
    modules = _modules_after("parse", "--format", "jsonl", str(tmp_path / "a.txt"))
    assert "newsparse.dates" in modules
    assert _loaded(modules, ("zoneinfo", "dateutil", "traceback", "string", "heapq")) == []


def test_an_english_article_compiles_no_pattern_for_other_scripts():
    # in a fresh process: other tests of this session compile them
    code = """
from newsparse import parse, dateline, credit_cues, name_shapes
parse("Council agrees budget\\n\\nBy Jane Roe and John Doe\\n\\n"
      "LONDON, May 17 (Reuters) - The council met on Tuesday and agreed the budget in full.\\n")
print([p.pattern for p in (dateline.CHINESE, name_shapes._CJK, name_shapes.CJK_NAME, name_shapes._CASELESS_NAME,
                           credit_cues.NAMES_THEN_ROLE) if p.is_compiled] + [dateline.DATELINE.is_compiled])
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[True]\n"          # the dateline pattern read the line; no other was needed


def test_the_program_freezes_its_objects_and_exits_as_cli_does_while_another_thread_runs(monkeypatch, capsys):
    """``main`` (the script and ``python -m newsparse``) is ``cli()``; while another thread runs
    (the interpreter would wait for it) it freezes every object and lets the interpreter exit as
    usual, which spares its last collections a walk over every object."""
    import gc
    import threading
    from pathlib import Path
    from newsparse import cli as cli_module
    frozen, ended = [], []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    monkeypatch.setattr(cli_module.os, "_exit", ended.append)
    monkeypatch.setattr(sys, "argv", ["newsparse", "--version"])
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main()
    assert exit_info.value.code == 0 and frozen == [True] and ended == []
    assert "version" in capsys.readouterr().out
    root = Path(cli_module.__file__).parents[1]
    assert 'newsparse = "newsparse._start:main"' in (root / "pyproject.toml").read_text(encoding="utf-8")
    assert "main()" in (root / "newsparse" / "__main__.py").read_text(encoding="utf-8")


def test_an_interrupt_while_the_program_loads_ends_it_quietly(monkeypatch):
    """The script first makes Ctrl-C end the process at once (``_start``), with an interrupted
    run's exit code and one line, not the traceback of the module being imported; ``cli.main``
    then runs with that handler until the batch takes the signal over."""
    import signal
    from newsparse import _start, cli as cli_module
    seen = []
    monkeypatch.setattr(signal, "getsignal", lambda sig: signal.default_int_handler)
    monkeypatch.setattr(signal, "signal", lambda sig, handler: seen.append((sig, handler)))
    monkeypatch.setattr(cli_module, "main", lambda: seen.append("main"))
    _start.main()
    assert seen == [(signal.SIGINT, _start._end), "main"]
    code = "import os, signal; from newsparse._start import _end; os.kill(os.getpid(), 0); _end(signal.SIGINT, None)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (130, "", "stopped by signal 2\n")


@pytest.mark.parametrize(("args", "code"), [(["--version"], 0), (["parse", "--format", "jsonl", "no-such-file"], 3),
                                            (["parse", "--no-such-option"], 2)], ids=["version", "nothing", "usage"])
def test_the_program_flushes_runs_the_exit_handlers_and_ends_with_its_exit_code(monkeypatch, args, code):
    """With no other thread, ``main`` flushes stdout and stderr, runs the exit handlers and ends
    the process (``os._exit``) with the code ``cli()`` exits with, skipping the teardown."""
    import atexit
    import threading
    from newsparse import cli as cli_module

    class Ended(Exception):
        pass

    done = []

    class Stream(io.TextIOWrapper):
        def __init__(self, name):
            super().__init__(io.BytesIO(), encoding="utf-8")
            self.stream_name = name

        def flush(self):
            super().flush()
            done.append(self.stream_name)

    def end(status):
        raise Ended(status)

    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: done.append("exit handlers"), raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)    # the test runner's threads aside
    monkeypatch.setattr(cli_module.os, "_exit", end)
    monkeypatch.setattr(sys, "stdout", Stream("stdout"))
    monkeypatch.setattr(sys, "stderr", Stream("stderr"))
    monkeypatch.setattr(sys, "argv", ["newsparse", *args])
    with pytest.raises(Ended) as ended:
        cli_module.main()
    assert ended.value.args == (code,)
    assert done[-5:] == ["stdout", "stderr", "exit handlers", "stdout", "stderr"]


def test_the_program_leaves_a_failed_flush_to_the_interpreter(monkeypatch):
    import atexit
    import threading
    from newsparse import cli as cli_module

    class Full:
        def write(self, text):
            return len(text)

        def flush(self):
            raise OSError(28, "No space left on device")

    done = []
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: done.append("exit handlers"), raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)    # the test runner's threads aside
    monkeypatch.setattr(cli_module.os, "_exit", done.append)
    monkeypatch.setattr(sys, "stdout", Full())
    cli_module._end_now(0)              # returns: main re-raises the SystemExit, Python exits as ever
    assert done == []
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    cli_module._end_now(4)
    assert done == ["exit handlers", 4]


def test_the_exit_handlers_run_once_when_the_program_ends(tmp_path):
    (tmp_path / "a.txt").write_text("Council agrees budget\n\nBy Jane Roe\n\nThe council met on Tuesday.\n",
                                    encoding="utf-8")
    code = """
import atexit, sys
atexit.register(lambda: print("exit handler", file=sys.stderr))
from newsparse.cli import main
main()
"""
    result = subprocess.run([sys.executable, "-c", code, "parse", "--format", "jsonl", str(tmp_path / "a.txt"),
                             "nowhere.txt"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert json.loads(result.stdout)["authors"] == ["Jane Roe"]
    lines = result.stderr.splitlines()
    assert lines[-1] == "exit handler" and lines.count("exit handler") == 1
    assert lines[-2].startswith("2 inputs: 1 parsed (1 articles), 1 failed in ")


def test_a_short_run_writes_all_its_output_and_asks_gettext_for_nothing(tmp_path):
    """click's own help and version options and its Path type ask gettext for their texts, and
    the first call imports the locale tables at every start; the program's own do not. The run
    ends at once (nothing waits for the exit), and every record and the summary are out."""
    for k in range(3):
        (tmp_path / f"{k}.txt").write_text(f"Council agrees budget {k}\n\nBy Jane Roe\n\n"
                                           "The council met on Tuesday.\n", encoding="utf-8")
    code = """
import atexit, gettext, sys
asked = []
ask = gettext.dgettext
gettext.dgettext = lambda domain, message: asked.append(message) or ask(domain, message)
atexit.register(lambda: print(asked, "locale" in sys.modules, file=sys.stderr))
from newsparse.cli import main
main()
"""
    (tmp_path / "mine.json").write_text('[{"name": "Coastal Daily Herald", "kind": "newspaper"}]', encoding="utf-8")
    args = ["parse", "--format", "jsonl", "--sources", str(tmp_path / "mine.json"), str(tmp_path)]
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == [
        "Council agrees budget 0", "Council agrees budget 1", "Council agrees budget 2"]
    assert result.stderr.splitlines()[-2].startswith("3 inputs: 3 parsed (3 articles), 0 failed in ")
    assert result.stderr.splitlines()[-1] == "[] False"


def test_a_plain_article_compiles_no_pattern_of_archive_layouts_datelines_hosts_or_cues():
    # in a fresh process: other tests of this session compile them (the gates: tests/test_gates.py)
    code = """
from newsparse import parse, dateline, name_shapes, outlet_keys
from newsparse.rules import cues
from newsparse.layouts import _text, detect
parse("Council agrees budget\\n\\nBy Jane Roe\\n\\nThe council met on Tuesday and agreed the budget in full.\\n")
print([name for name, p in [("DATELINE", dateline.DATELINE), ("AGENCY_ONLY", dateline.AGENCY_ONLY),
                            ("SWISS", dateline.SWISS), ("word count", _text._WORD_COUNT),
                            ("MARKER", detect.MARKER), ("TRAILER", detect.TRAILER), ("HOST", outlet_keys._HOST),
                            ("SIGN_OFF", cues.SIGN_OFF_AFTER_SENTENCE), ("PUBLISHED", name_shapes.PUBLISHED.pattern),
                            ("UPDATED", name_shapes.UPDATED.pattern), ("READING", name_shapes.READING.pattern)]
       if p.is_compiled])
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"


def test_a_plain_article_builds_no_table_it_does_not_need():
    # in a fresh process: the archive labels' tables, the set of given names (a few lookups
    # search the lists), the outlets of the registry and most parts of its index stay unbuilt
    code = """
from newsparse import parse, registry
from newsparse.rules import given_names, labels
parse("Council agrees budget\\n\\nBy Jane Roe\\n\\nThe council met on Tuesday and agreed the budget in full.\\n")
index = registry.default_registry()._index
print(labels._ARCHIVE_TABLES is None, given_names._names is None, index.outlets.rows is None,
      len(index.variant.parts) < 5, registry.default_registry()._by_key is None)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "True True True True True\n"


def test_a_plain_article_loads_no_archive_layout_and_no_archive_reader(tmp_path):
    """The layouts' readers and their engine load when a detector recognises an export
    (``layouts/detect.py``); the archive modules when an archive is read. (The interpreter's
    own start-up may load zipfile, as a .pth file of this environment does: only what the
    command adds counts.)"""
    (tmp_path / "a.txt").write_text("Council agrees budget\n\nBy Jane Roe\n\nThe council met on 12 May 2024.\n",
                                    encoding="utf-8")
    modules = _modules_after("parse", "--format", "jsonl", str(tmp_path / "a.txt"))
    result = subprocess.run([sys.executable, "-c", "import json, sys, click; print(json.dumps(sorted(sys.modules)))"],
                            capture_output=True, text=True, timeout=60)
    before = set(json.loads(result.stdout))
    assert _loaded(modules, ("newsparse.layouts",)) == ["newsparse.layouts", "newsparse.layouts._text",
                                                        "newsparse.layouts.detect"]
    assert _loaded(modules - before, ("zipfile", "tarfile", "gzip", "bz2", "lzma")) == []


def test_the_program_loads_the_parser_with_the_collector_paused_and_freezes_its_tables(tmp_path):
    """``cli_run.load_parser``: the parser's modules are imported with the collector off (it would
    walk their tables many times as they are built and free nothing), then frozen; the collector
    is on again for the parse, and stays off when it was off."""
    (tmp_path / "a.txt").write_text("Council agrees budget\n\nBy Jane Roe\n\nThe council met on Tuesday.\n",
                                    encoding="utf-8")
    code = """
import gc, sys
seen = []


def loading(phase, info):           # a collection while newsparse.pipeline is being imported
    module = sys.modules.get("newsparse.pipeline")
    if module is not None and not hasattr(module, "parse_record"):
        seen.append(phase)


gc.callbacks.append(loading)
if sys.argv[1] == "off":
    gc.disable()
from newsparse.cli import cli
try:
    cli(["parse", "--format", "jsonl", sys.argv[2]])
except SystemExit:
    pass
print(seen == [], gc.isenabled(), gc.get_freeze_count() > 10000)
"""
    for state, enabled in (("on", "True"), ("off", "False")):
        result = subprocess.run([sys.executable, "-c", code, state, str(tmp_path / "a.txt")], capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[-1] == f"True {enabled} True"
