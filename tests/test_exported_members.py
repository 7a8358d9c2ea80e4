"""The public API is exactly ``eventkit.__all__``: it cannot drift by accident."""

import inspect
import subprocess
import sys

import pytest

import eventkit


def test_all_lists_exactly_the_public_names() -> None:
    for name in eventkit.__all__:
        getattr(eventkit, name)  # loads the lazily imported ones too
    public = {name for name in vars(eventkit) if not name.startswith("_")}
    # Submodules imported as a side effect of importing the package are not API.
    public -= {"cli"}
    assert set(eventkit.__all__) - {"__version__"} == public


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        eventkit.nope  # noqa: B018


def test_import_leaves_the_text_tools_unloaded() -> None:
    """``import eventkit`` loads only the model and the codec; dateutil is never loaded."""
    code = "import sys, eventkit; print(sorted(m for m in sys.modules if m.startswith(('eventkit._names', 'eventkit._extract', 'eventkit._evaluate', 'eventkit._dateparse', 'dateutil'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_all_is_sorted_and_unique() -> None:
    assert len(set(eventkit.__all__)) == len(eventkit.__all__)
    assert eventkit.__all__ == sorted(eventkit.__all__, key=lambda n: (not n.isupper(), n))


def test_every_public_name_has_a_docstring() -> None:
    for name in eventkit.__all__:
        obj = getattr(eventkit, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert obj.__doc__, name


def test_dir_shows_the_api() -> None:
    assert dir(eventkit) == sorted(eventkit.__all__)
