"""warta.reconcile"""
