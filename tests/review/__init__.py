"""Tests of annotator.review."""
