#!/usr/bin/python3
"""Independent reference for `spectrum segment` (issue 3): RFM with pandas, k-means with scikit-learn.

Reads the UCI Online Retail gzip CSV, applies the four default cleaning rules (customer present, invoice not
starting with C, quantity > 0, unit price > 0), computes RFM with the same definitions as RfmCalculator
(recency = calendar days from the last purchase day to the day after the last purchase day in the data;
frequency = distinct invoices; monetary = sum of quantity x unit price), writes it as CSV, and runs
KMeans(n_clusters=4, n_init=10, random_state=s) on both feature transforms:
  log  : log1p(R, F, M), then z-score with the population standard deviation (StandardScaler)
  none : z-score only
and prints the inertia (scikit-learn's definition: sum of squared distances to the closest centre).

Usage (Debian's python3-sklearn and python3-pandas; the pyenv python3 on PATH lacks them):
  /usr/bin/python3 bench/segment_reference.py ../shared/data/online_retail.csv.gz \
      --rfm-out spectrum-core/src/test/resources/reference/rfm_by_pandas.csv --seeds 0 1 2 3 4
"""
import argparse
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import davies_bouldin_score, silhouette_score
from sklearn.preprocessing import StandardScaler


def rfm(path):
    df = pd.read_csv(path, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str},
                     parse_dates=["InvoiceDate"], keep_default_na=False, na_values=[""])
    clean = df[df["CustomerID"].notna()
               & ~df["InvoiceNo"].str.startswith("C")
               & (df["Quantity"] > 0)
               & (df["UnitPrice"] > 0)].copy()
    clean["day"] = clean["InvoiceDate"].dt.normalize()
    clean["amount"] = clean["Quantity"] * clean["UnitPrice"]
    snapshot = clean["day"].max() + pd.Timedelta(days=1)
    g = clean.groupby("CustomerID")
    out = pd.DataFrame({
        "recency": (snapshot - g["day"].max()).dt.days,
        "frequency": g["InvoiceNo"].nunique(),
        "monetary": g["amount"].sum(),
    })
    out.index.name = "customer_id"
    out = out.loc[sorted(out.index, key=lambda c: (len(c.lstrip("0")), c.lstrip("0")))]
    return len(clean), snapshot, out


def features(table, transform):
    x = table[["recency", "frequency", "monetary"]].to_numpy(dtype=float)
    if transform == "log":
        x = np.log1p(x)
    return StandardScaler().fit_transform(x)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("data")
    p.add_argument("--rfm-out")
    p.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    p.add_argument("--k", type=int, default=4)
    p.add_argument("--labels", nargs=2, metavar=("SEGMENTS_CSV", "TRANSFORM"),
                   help="score the clusters of a `spectrum segment` output with scikit-learn's silhouette and "
                        "Davies-Bouldin on the same features")
    a = p.parse_args()
    t0 = time.perf_counter()
    rows, snapshot, table = rfm(a.data)
    t1 = time.perf_counter()
    print(f"pandas {pd.__version__}, scikit-learn {sklearn.__version__}")
    print(f"clean rows {rows}, customers {len(table)}, snapshot {snapshot.date()}, RFM {t1 - t0:.2f} s")
    if a.rfm_out:
        table.to_csv(a.rfm_out, float_format="%.17g")
        print(f"wrote {a.rfm_out}")
    if a.labels:
        ours = pd.read_csv(a.labels[0], dtype={"customer_id": str}).set_index("customer_id")
        assert list(ours.index) == list(table.index), "customer order differs"
        assert (ours["recency"] == table["recency"]).all() and (ours["frequency"] == table["frequency"]).all()
        x = features(table, a.labels[1])
        print(f"{a.labels[0]} ({a.labels[1]}): silhouette={silhouette_score(x, ours['cluster']):.6f} "
              f"davies_bouldin={davies_bouldin_score(x, ours['cluster']):.6f}")
    for transform in ("log", "none"):
        x = features(table, transform)
        inertias = []
        for seed in a.seeds:
            t2 = time.perf_counter()
            km = KMeans(n_clusters=a.k, n_init=10, random_state=seed).fit(x)
            inertias.append(km.inertia_)
            sizes = np.bincount(km.labels_)
            print(f"transform={transform} k={a.k} random_state={seed} inertia={km.inertia_:.6f} "
                  f"iterations={km.n_iter_} sizes={sorted(sizes.tolist(), reverse=True)} "
                  f"time={time.perf_counter() - t2:.3f} s")
        print(f"transform={transform} k={a.k} best inertia={min(inertias):.6f} "
              f"median={float(np.median(inertias)):.6f}")


if __name__ == "__main__":
    main()
