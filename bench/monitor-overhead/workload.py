# CPU-bound, fixed amount of work (not time-based), about 2-3 s on a 2-vCPU CI machine.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 18_000_000
total = 0
for i in range(n):
    total += i * i % 7
print(total)
