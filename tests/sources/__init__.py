"""Tests of annotator.sources."""
