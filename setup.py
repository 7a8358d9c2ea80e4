"""The one thing pyproject.toml cannot say yet: the optional C writer of ``dumps``.

Built when a C compiler is at hand; without one the build goes on and eventkit runs in pure
Python, with the same output (see docs/performance.md).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("eventkit._speedups", ["src/eventkit/_speedups.c"], optional=True),
    ]
)
