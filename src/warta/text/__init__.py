"""Shared text representations: word tokens, stop words, TF-IDF and multilingual embeddings."""
