"""The files a podcast needs beside the MP3: manifest and chapters JSON."""
