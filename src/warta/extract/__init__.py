"""warta.extract"""
