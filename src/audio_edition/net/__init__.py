"""The tool's one HTTP client, shared ground beneath ingest (pages, feeds) and tts (Google's
voice, the Piper voice collection): `http.request`."""
