"""Search services. ``plain`` is the SQL fallback until the Whoosh index lands."""
