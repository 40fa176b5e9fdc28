"""Tests of annotator.store."""
