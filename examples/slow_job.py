"""Nightly order aggregation: runguard's bundled example workload.

It is deliberately slow and memory-hungry (it materializes every order in memory and fans work
out to child processes), so the performance gates in .runguard.yml have something to catch.
"""
import json
import multiprocessing
import sys
import time


def price(order_id: int) -> float:
    # Burn some CPU per order, like a real pricing rule engine would.
    total = 0.0
    for k in range(40):
        total += ((order_id * 31 + k) % 97) * 0.01
    return total


def chunk_total(bounds: tuple) -> float:
    start, end = bounds
    return sum(price(i) for i in range(start, end))


def main() -> int:
    started = time.time()
    # Materialize everything at once instead of streaming: roughly 250 MB of dicts.
    orders = [{"id": i, "customer": f"c{i % 5000}", "qty": i % 7 + 1} for i in range(1_000_000)]
    print(f"loaded {len(orders)} orders", flush=True)

    with multiprocessing.Pool(2) as pool:
        parts = pool.map(chunk_total, [(0, 150_000), (150_000, 300_000)])
    revenue = sum(parts)

    by_customer: dict = {}
    for order in orders:
        by_customer[order["customer"]] = by_customer.get(order["customer"], 0) + order["qty"]
    top = sorted(by_customer.items(), key=lambda kv: kv[1], reverse=True)[:3]

    print(json.dumps({"revenue": round(revenue, 2), "top_customers": top}), flush=True)
    print(f"done in {time.time() - started:.2f}s", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
