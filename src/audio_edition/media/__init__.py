"""Shared ground for speech and audio: ffmpeg found and run, PCM converted and trimmed, pydub
imported quietly. The tts and audio stages both stand on it; it imports neither."""
