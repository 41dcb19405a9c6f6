"""warta.evaluate"""
