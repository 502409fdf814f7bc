"""What the screens lean on: themes, the saver thread, terminal input, text, the palette."""
