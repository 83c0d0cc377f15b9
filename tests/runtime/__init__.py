"""Tests of the hand-written runtime in templates/runtime/ (see support.py for how it is imported)."""
