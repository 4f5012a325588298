#!/usr/bin/env python3
"""The original method of the seed description, step by step, as a notebook would run it.

pandas read_csv -> the four cleaning rules -> RFM groupby -> StandardScaler + KMeans(n_clusters=4, n_init=10)
-> pivot_table of summed quantity (customer x product) -> cosine_similarity between products -> top 5 per product.

Used by bench/compare.sh as the baseline. Prints one JSON object with the wall time of each stage (seconds) and
a few counts so that both sides can be checked to do the same work. Needs Debian's python3-pandas and
python3-sklearn (run with /usr/bin/python3).

usage: original_method.py FILE [--out DIR]
"""
import json
import sys
import time

t_start = time.perf_counter()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.metrics.pairwise import cosine_similarity  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

t_import = time.perf_counter()


def main(path, out_dir=None):
    stages = {"import": t_import - t_start}
    t = time.perf_counter()
    df = pd.read_csv(path, dtype={"InvoiceNo": str, "Invoice": str, "StockCode": str, "CustomerID": str,
                                  "Customer ID": str})
    df = df.rename(columns={"Invoice": "InvoiceNo", "Price": "UnitPrice", "Customer ID": "CustomerID"})
    df["InvoiceDate"] = pd.to_datetime(df["InvoiceDate"])
    stages["read"] = time.perf_counter() - t
    raw = len(df)

    t = time.perf_counter()
    df = df.dropna(subset=["CustomerID"])
    df = df[~df["InvoiceNo"].str.startswith("C")]
    df = df[df["Quantity"] > 0]
    df = df[df["UnitPrice"] > 0]
    df["StockCode"] = df["StockCode"].str.strip().str.upper()
    df["TotalPrice"] = df["Quantity"] * df["UnitPrice"]
    stages["clean"] = time.perf_counter() - t

    t = time.perf_counter()
    snapshot = df["InvoiceDate"].max().normalize() + pd.Timedelta(days=1)
    rfm = df.groupby("CustomerID").agg(
        Recency=("InvoiceDate", lambda s: (snapshot - s.max().normalize()).days),
        Frequency=("InvoiceNo", "nunique"),
        Monetary=("TotalPrice", "sum"))
    stages["rfm"] = time.perf_counter() - t

    t = time.perf_counter()
    scaled = StandardScaler().fit_transform(rfm[["Recency", "Frequency", "Monetary"]])
    km = KMeans(n_clusters=4, n_init=10, random_state=42).fit(scaled)
    rfm["Cluster"] = km.labels_
    stages["kmeans"] = time.perf_counter() - t

    t = time.perf_counter()
    pivot = df.pivot_table(index="CustomerID", columns="StockCode", values="Quantity", aggfunc="sum", fill_value=0)
    stages["pivot"] = time.perf_counter() - t

    t = time.perf_counter()
    sim = cosine_similarity(pivot.T)
    stages["similarity"] = time.perf_counter() - t

    t = time.perf_counter()
    codes = pivot.columns.to_numpy()
    np.fill_diagonal(sim, -np.inf)
    top = np.argsort(-sim, axis=1, kind="stable")[:, :5]
    top5 = {codes[i]: [codes[j] for j in top[i]] for i in range(len(codes))}
    stages["top5"] = time.perf_counter() - t

    if out_dir:
        rfm.to_csv(f"{out_dir}/rfm.csv")
        with open(f"{out_dir}/top5.json", "w") as f:
            json.dump(top5, f)
    stages["total"] = time.perf_counter() - t_start
    print(json.dumps({"rows": raw, "clean": len(df), "customers": len(rfm), "products": len(codes),
                      "inertia": float(km.inertia_), "stages": stages}))


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    main(args[0], args[args.index("--out") + 1] if "--out" in args else None)
