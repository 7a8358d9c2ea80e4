"""Test-wide settings."""

from hypothesis import settings

# A busy CI machine must not fail a property for being slow: speed is measured in benchmarks/.
settings.register_profile("eventkit", deadline=None)
settings.load_profile("eventkit")
