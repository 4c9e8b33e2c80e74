"""Wording: labels, advice, sources, and the domain's messages in the user's language."""
