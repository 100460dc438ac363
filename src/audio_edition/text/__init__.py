"""Shared ground for the text stages: Unicode cleaning, legacy Vietnamese encodings repaired,
and a sentence cut into the pieces an engine takes. Ingest, normalize, tts and audio use it;
it imports none of them."""
