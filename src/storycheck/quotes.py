"""Placeholder while being written."""

def extract_quotes(article):
    return []
