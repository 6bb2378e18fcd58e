"""Qt-free core of kb_app: storage, seed content, thesaurus, rendering, search."""
