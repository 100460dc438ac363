"""Assemble clips into one timeline, set its loudness, encode and tag the MP3."""
