"""The live room: the team answers on its own phones, over the local network."""
