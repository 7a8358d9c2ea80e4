"""``python -m eventkit`` is the ``eventkit`` command."""

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakh_room.json"


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "eventkit", "validate", str(EXAMPLE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Kairat Torebayev" in done.stdout


def test_python_dash_m_reports_a_usage_error_with_status_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "eventkit", "no-such-command"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "invalid choice" in done.stderr


def test_the_main_module_exits_with_the_command_status(monkeypatch: pytest.MonkeyPatch) -> None:
    import runpy

    monkeypatch.setattr(sys, "argv", ["eventkit", "validate", "--quiet", str(EXAMPLE)])
    with pytest.raises(SystemExit) as exc:
        runpy.run_module("eventkit", run_name="__main__")
    assert exc.value.code == 0
