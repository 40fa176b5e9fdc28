"""Tests of annotator.nlp."""
