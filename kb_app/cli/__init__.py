"""The `kb` command: thin over the core Library, text or --json output."""
