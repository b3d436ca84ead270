C's printf writes to the process's own standard output, which only a separate runavm process can capture
