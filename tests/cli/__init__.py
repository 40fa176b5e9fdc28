"""Tests of annotator.cli."""
