"""warta.stories"""

from warta.stories import sketches

sketches.load()  # before records and dedupe import datasketch: without scipy.integrate
