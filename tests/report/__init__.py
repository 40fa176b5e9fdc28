"""Tests of annotator.report."""
