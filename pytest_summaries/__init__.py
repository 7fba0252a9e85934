"""pytest plugins of this repository's own test suites, registered as pytest11 entry points.

A hook that must run in pytest-xdist's controlling process (a terminal summary) cannot live in the
conftest.py of a test folder: the controller collects nothing, so it never loads that file. These
modules are loaded in every pytest process instead, and read only what the tests handed over.
"""
