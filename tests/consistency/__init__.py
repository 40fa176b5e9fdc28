"""Tests of annotator.consistency."""
