"""warta.stories"""
