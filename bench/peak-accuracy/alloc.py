# Allocates MiB (argv[1], default 300), touches every page, holds it argv[2] seconds (default 0.2).
import sys
import time

size = int(sys.argv[1]) if len(sys.argv) > 1 else 300
hold = float(sys.argv[2]) if len(sys.argv) > 2 else 0.2
block = bytearray(size * 2**20)
for i in range(0, len(block), 4096):
    block[i] = 1
time.sleep(hold)
