"""Data files that ship with warta: the learned sentence scorer\x27s weights (see README.md)."""
