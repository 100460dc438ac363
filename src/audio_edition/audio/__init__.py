"""The audio stage: clips prepared and measured once, laid out, and streamed into one encoder."""
