"""pytest hooks for every run from the repository root (tests/ and contract-tests/ have their own)."""

pytest_plugins = ["tests.docs.summary"]
