"""Thesaurus: concept graph operations and SKOS input."""
