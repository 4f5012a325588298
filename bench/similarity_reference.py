#!/usr/bin/python3
"""Reference for the original method's similar products: pandas pivot table of summed quantity
(customer x StockCode) on the default-cleaned Online Retail data, scikit-learn cosine_similarity, the five
most similar products of every product (itself excluded).

Usage: /usr/bin/python3 bench/similarity_reference.py [DATA.csv.gz] [OUT.csv] [N]
Writes stock_code,rank,similar_stock_code,score (rank from 1, score with 17 significant digits).
Default cleaning = the four rules of the original method: CustomerID present, InvoiceNo not starting
with C, Quantity > 0, UnitPrice > 0. Stock codes are trimmed and upper-cased as Shopper Spectrum reads them.
"""
import sys
import time

import numpy as np
import pandas as pd
from sklearn.metrics.pairwise import cosine_similarity

data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/online_retail.csv.gz"
out = sys.argv[2] if len(sys.argv) > 2 else "similar_reference.csv"
n = int(sys.argv[3]) if len(sys.argv) > 3 else 5

t0 = time.time()
df = pd.read_csv(data, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str})
df = df[df["CustomerID"].notna()]
df = df[~df["InvoiceNo"].str.startswith("C")]
df = df[(df["Quantity"] > 0) & (df["UnitPrice"] > 0)]
df["StockCode"] = df["StockCode"].str.strip().str.upper()
pivot = df.pivot_table(index="CustomerID", columns="StockCode", values="Quantity", aggfunc="sum", fill_value=0)
t1 = time.time()
sim = cosine_similarity(pivot.T.values.astype(np.float64))
t2 = time.time()
codes = pivot.columns.to_numpy()
np.fill_diagonal(sim, -np.inf)
rows = []
for i, code in enumerate(codes):
    s = sim[i]
    top = np.argsort(-s, kind="stable")[:n]
    for rank, j in enumerate(top, start=1):
        if s[j] > 0:
            rows.append((code, rank, codes[j], repr(float(s[j]))))
with open(out, "w") as f:
    f.write("stock_code,rank,similar_stock_code,score\n")
    for r in rows:
        f.write(f"{r[0]},{r[1]},{r[2]},{r[3]}\n")
print(f"{len(df)} clean rows, pivot {pivot.shape[0]} customers x {pivot.shape[1]} products "
      f"in {t1 - t0:.1f} s, cosine_similarity {t2 - t1:.1f} s; wrote {len(rows)} rows to {out}", file=sys.stderr)
