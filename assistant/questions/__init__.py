"""Stage 2, text -> `Question`: what a question asks, about which resolutions, in which part, in which form."""
