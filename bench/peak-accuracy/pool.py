# 4 pool workers each allocate and touch MiB (argv[1], default 100) and hold it at the same time
# (a barrier), then report their own peak RSS (ru_maxrss, KiB). Prints JSON with the workers'
# peaks and the parent's, so the bench can compare against their sum.
import json
import multiprocessing as mp
import resource
import sys
import time

MIB = int(sys.argv[1]) if len(sys.argv) > 1 else 100
barrier = None


def init(b):
    global barrier
    barrier = b


def work(_):
    block = bytearray(MIB * 2**20)
    for i in range(0, len(block), 4096):
        block[i] = 1
    barrier.wait()
    time.sleep(0.4)
    barrier.wait()
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    ctx = mp.get_context("fork")
    b = ctx.Barrier(4)
    with ctx.Pool(4, initializer=init, initargs=(b,)) as pool:
        workers = pool.map(work, range(4), chunksize=1)
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"workers_kb": workers, "parent_kb": parent}))
