"""Tests of annotator.exchange."""
