# An empty program: the interpreter's start-up cost.
