#!/usr/bin/python3
"""Compares two similar-products exports (stock_code,rank,similar_stock_code,score): the reference of
similarity_reference.py and `spectrum similar --all`. A product's list matches when it holds the same
products; where it differs, the difference is a tie when every differing product's score equals the boundary
score (the n-th score) within TOL. Prints the counts and the largest score difference on common pairs.

Usage: /usr/bin/python3 bench/compare_similar.py REFERENCE.csv OURS.csv [TOL]
"""
import csv
import sys
from collections import defaultdict

tol = float(sys.argv[3]) if len(sys.argv) > 3 else 1e-6


def load(path):
    lists = defaultdict(list)
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            lists[row["stock_code"]].append((row["similar_stock_code"], float(row["score"])))
    return lists


ref, ours = load(sys.argv[1]), load(sys.argv[2])
products = sorted(set(ref) | set(ours))
same_order = same_set = ties = differ = 0
max_diff = 0.0
examples = []
for p in products:
    a, b = ref.get(p, []), ours.get(p, [])
    sa, sb = dict(a), dict(b)
    for code in set(sa) & set(sb):
        max_diff = max(max_diff, abs(sa[code] - sb[code]))
    if [c for c, _ in a] == [c for c, _ in b]:
        same_order += 1
    elif set(sa) == set(sb) and all(abs(sa[x] - sa[y]) <= tol for (x, _), (y, _) in zip(a, b)):
        same_set += 1
    else:
        boundary = min([s for _, s in a] + [s for _, s in b]) if a and b else None
        diff = (set(sa) ^ set(sb))
        scores = [sa.get(c, sb.get(c)) for c in diff]
        if boundary is not None and len(a) == len(b) and all(abs(s - boundary) <= tol for s in scores):
            ties += 1
        else:
            differ += 1
            if len(examples) < 5:
                examples.append((p, a, b))
print(f"products: reference {len(ref)}, ours {len(ours)}, union {len(products)}")
print(f"identical lists (same order): {same_order}")
print(f"same products, order differs only among equal scores: {same_set}")
print(f"differ only by products tied at the boundary score: {ties}")
print(f"real differences: {differ}")
print(f"largest |score difference| on common pairs: {max_diff:.2e}")
for p, a, b in examples:
    print(f"  {p}: reference {a}\n  {' ' * len(p)}  ours      {b}")
sys.exit(1 if differ else 0)
