#!/usr/bin/python3
"""Independent reference for `spectrum cohorts` and `spectrum migration` (issue 15), with pandas and scikit-learn.

Reads the UCI Online Retail gzip CSV and applies the original method's cleaning (the four rules of
bench/segment_reference.py: customer present, invoice not starting with C, quantity > 0, unit price > 0), or with
--cleaning net also the default cleaning's netting of reversed purchases as docs/cleaning.md states it (issue 13,
item 7; the rule of bench/netting_reference.py, written again here as a plain loop): a cancellation line (a
customer, invoice starting with C, quantity -q) reverses one kept purchase line of the same customer and stock
code (trimmed, upper case) with quantity exactly q, dated at or before it and not reversed by another
cancellation -- the latest such (by date-time, then file order); cancellations in date-time order, then file
order.

Cohorts (written to --triangle-out, one row per period length, cohort and period index):
  cohort       = the period of the customer's first clean purchase (ISO weeks named by their Monday, months
                 yyyy-MM, quarters yyyy-Qn); period_index = whole periods from the cohort's period to the
                 purchase's; active = customers with a clean purchase in the period; retention = active / size;
                 revenue retention = revenue / revenue in period 0. Every cohort has a cell for each period up
                 to the last period of the data (zeros included).
Migration (written to --moves-out, one row per customer as of B):
  state as of D = RFM from the clean rows strictly before day D, recency = days from the last purchase day to D,
  frequency = distinct invoices, monetary = sum of quantity x unit price. B defaults to the day after the last
  purchase day, A to B - 90 days. The segmentation is fitted as of B: log1p(R, F, M), StandardScaler,
  KMeans(n_clusters=4, n_init=10, random_state=--seed), or, with --centroids-json, the centroids (feature
  space) of a `spectrum migration --json` answer. k-means has many local optima of nearly equal inertia on these
  data (3924.45 to 3924.90 over random_state 0..7, partitions tens of customers apart), so customer by customer
  only the same centroids can be compared; everything else (states, scaling, assignment to the nearest
  centroid with scikit-learn's pairwise_distances_argmin, names, quintiles, scores, matrices) is computed here.
  The k-means fit itself is checked against scikit-learn's inertia by SegmentReferenceTest; this script also
  prints how far scikit-learn's Lloyd iterations move when started from those centroids; cluster names: At-Risk = the highest recency
  coordinate, the rest by frequency + monetary coordinates, highest first: High-Value, Regular, Occasional.
  RFM quintile cut points = numpy's linear percentiles 20/40/60/80 of the state as of B; a score is
  1 + (cut points strictly below the value) for F and M, 5 - that for R; FM = (F + M + 1) // 2; the eleven
  named segments from the (R, FM) grid. The state as of A is scored with B's scaler, centroids and cut points.

Usage (Debian's python3-pandas and python3-sklearn; the pyenv python3 on PATH lacks them):
  /usr/bin/python3 bench/cohort_reference.py ../shared/data/online_retail.csv.gz \
      --triangle-out spectrum-io/src/test/resources/reference/cohorts_by_pandas.csv.gz \
      --moves-out spectrum-io/src/test/resources/reference/migration_by_pandas.csv.gz \
      --centroids-json spectrum-io/src/test/resources/reference/migration_start.json
where migration_start.json is the answer of
  spectrum migration ../shared/data/online_retail.csv.gz --json
and for the default cleaning (netting; the k-means columns then come from scikit-learn's own fit, not compared):
  /usr/bin/python3 bench/cohort_reference.py ../shared/data/online_retail.csv.gz --cleaning net \
      --triangle-out spectrum-io/src/test/resources/reference/cohorts_net_by_pandas.csv.gz \
      --moves-out spectrum-io/src/test/resources/reference/migration_net_by_pandas.csv.gz
"""
import argparse
import json
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import pairwise_distances_argmin
from sklearn.preprocessing import StandardScaler

GRID = [  # rows R = 1..5, columns FM = 1..5
    ["Lost", "Hibernating", "At Risk", "At Risk", "Cannot Lose Them"],
    ["Hibernating", "Hibernating", "At Risk", "At Risk", "Cannot Lose Them"],
    ["About to Sleep", "About to Sleep", "Need Attention", "Loyal Customers", "Loyal Customers"],
    ["Promising", "Potential Loyalists", "Potential Loyalists", "Loyal Customers", "Loyal Customers"],
    ["New Customers", "Potential Loyalists", "Potential Loyalists", "Champions", "Champions"],
]


def clean(path, method="original"):
    df = pd.read_csv(path, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str},
                     parse_dates=["InvoiceDate"], keep_default_na=False, na_values=[""])
    df["row"] = range(len(df))
    c = df[df["CustomerID"].notna()
           & ~df["InvoiceNo"].str.startswith("C")
           & (df["Quantity"] > 0)
           & (df["UnitPrice"] > 0)].copy()
    if method == "net":
        c = c[~c["row"].isin(reversed_rows(df, c))].copy()
    c["day"] = c["InvoiceDate"].dt.normalize()
    c["amount"] = c["Quantity"] * c["UnitPrice"]
    return c


def reversed_rows(df, kept):
    """The kept purchase rows that a later cancellation of the same customer, code and quantity reverses."""
    code = df["StockCode"].str.strip().str.upper()
    cancellations = df[df["CustomerID"].notna() & df["InvoiceNo"].str.startswith("C") & (df["Quantity"] < 0)]
    events = {}
    for r in cancellations.itertuples():
        events.setdefault((r.CustomerID, code[r.Index], -r.Quantity), []).append((r.InvoiceDate, 1, r.row))
    for r in kept.itertuples():
        key = (r.CustomerID, code[r.Index], r.Quantity)
        if key in events:
            events[key].append((r.InvoiceDate, 0, r.row))
    gone = set()
    for group in events.values():
        open_purchases = []
        for _, is_cancel, row in sorted(group):
            if not is_cancel:
                open_purchases.append(row)
            elif open_purchases:
                gone.add(open_purchases.pop())
    return gone


def period_of(days, period):
    """(index, name) of each day's period; indices are consecutive integers."""
    if period == "week":
        monday = days - pd.to_timedelta(days.dt.dayofweek, unit="D")
        index = (monday - pd.Timestamp("1970-01-05")).dt.days // 7
        return index, monday.dt.strftime("%Y-%m-%d")
    months = days.dt.year * 12 + days.dt.month - 1
    if period == "month":
        return months, days.dt.strftime("%Y-%m")
    quarters = months // 3
    return quarters, days.dt.year.astype(str) + "-Q" + ((days.dt.month - 1) // 3 + 1).astype(str)


def triangle(c, period):
    index, name = period_of(c["day"], period)
    t = pd.DataFrame({"customer": c["CustomerID"], "p": index, "name": name, "amount": c["amount"]})
    first = t.groupby("customer")["p"].min().rename("cohort_p")
    t = t.join(first, on="customer")
    names = t.drop_duplicates("p").set_index("p")["name"]
    sizes = first.value_counts()
    active = t.drop_duplicates(["customer", "p"]).groupby(["cohort_p", "p"]).size()
    revenue = t.groupby(["cohort_p", "p"])["amount"].sum()
    last = t["p"].max()
    rows = []
    for cp in sorted(sizes.index):
        base = revenue.get((cp, cp), 0.0)
        for p in range(cp, last + 1):
            a = int(active.get((cp, p), 0))
            r = float(revenue.get((cp, p), 0.0))
            rows.append({"period": period, "cohort": names[cp], "period_index": p - cp,
                         "cohort_size": int(sizes[cp]), "active": a, "retention": a / sizes[cp],
                         "revenue": r, "revenue_retention": r / base})
    return pd.DataFrame(rows)


def state(c, asof):
    before = c[c["day"] < asof]
    g = before.groupby("CustomerID")
    return pd.DataFrame({
        "recency": (asof - g["day"].max()).dt.days,
        "frequency": g["InvoiceNo"].nunique(),
        "monetary": g["amount"].sum(),
    })


def scores(values, cuts, recency):
    above = (values.to_numpy()[:, None] > np.asarray(cuts)[None, :]).sum(axis=1)
    return 5 - above if recency else 1 + above


def named(s, cuts):
    r = scores(s["recency"], cuts["recency"], True)
    f = scores(s["frequency"], cuts["frequency"], False)
    m = scores(s["monetary"], cuts["monetary"], False)
    fm = (f + m + 1) // 2
    return [GRID[ri - 1][fmi - 1] for ri, fmi in zip(r, fm)]


def migration(c, a, b, seed, init):
    sb, sa = state(c, b), state(c, a)
    cols = ["recency", "frequency", "monetary"]
    scaler = StandardScaler().fit(np.log1p(sb[cols].to_numpy(dtype=float)))
    xb = scaler.transform(np.log1p(sb[cols].to_numpy(dtype=float)))
    if init is None:
        km = KMeans(n_clusters=4, n_init=10, random_state=seed).fit(xb)
        centres, labels_b, inertia = km.cluster_centers_, km.labels_, km.inertia_
    else:
        centres = np.asarray(init)
        labels_b = pairwise_distances_argmin(xb, centres)
        inertia = float(((xb - centres[labels_b]) ** 2).sum())
        lloyd = KMeans(n_clusters=len(init), init=centres, n_init=1).fit(xb)
        print(f"given centroids: inertia {inertia:.6f}; scikit-learn's Lloyd from them: inertia "
              f"{lloyd.inertia_:.6f}, {(lloyd.labels_ != labels_b).sum()} of {len(xb)} customers change cluster")
    at_risk = int(np.argmax(centres[:, 0]))
    rest = sorted((i for i in range(4) if i != at_risk), key=lambda i: (-(centres[i, 1] + centres[i, 2]),
                                                                        centres[i, 0], i))
    name = {rest[0]: "High-Value", rest[1]: "Regular", rest[2]: "Occasional", at_risk: "At-Risk"}
    cuts = {k: np.percentile(sb[k].to_numpy(dtype=float), [20, 40, 60, 80]) for k in cols}
    out = pd.DataFrame(index=sb.index)
    out["segment_from"] = pd.Series(
        [name[i] for i in pairwise_distances_argmin(
            scaler.transform(np.log1p(sa[cols].to_numpy(dtype=float))), centres)],
        index=sa.index) if len(sa) else pd.Series(dtype=str)
    out["segment_to"] = [name[i] for i in labels_b]
    out["rfm_segment_from"] = pd.Series(named(sa, cuts), index=sa.index) if len(sa) else pd.Series(dtype=str)
    out["rfm_segment_to"] = named(sb, cuts)
    for k in cols:
        out[k + "_from"] = sa[k]
        out[k + "_to"] = sb[k]
    out.index.name = "customer_id"
    return out, inertia


def main():
    p = argparse.ArgumentParser()
    p.add_argument("data")
    p.add_argument("--triangle-out")
    p.add_argument("--moves-out")
    p.add_argument("--from", dest="a")
    p.add_argument("--to", dest="b")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--cleaning", choices=["original", "net"], default="original")
    p.add_argument("--centroids-json", help="use the segmentation.centroids of this JSON file instead of fitting k-means")
    o = p.parse_args()
    t0 = time.perf_counter()
    c = clean(o.data, o.cleaning)
    t1 = time.perf_counter()
    print(f"pandas {pd.__version__}, numpy {np.__version__}, scikit-learn {sklearn.__version__}")
    print(f"cleaning {o.cleaning}: clean rows {len(c)}, customers {c['CustomerID'].nunique()}, read and clean {t1 - t0:.2f} s")
    tri = pd.concat([triangle(c, period) for period in ("month", "week", "quarter")])
    t2 = time.perf_counter()
    print(f"triangles: {len(tri)} cells, {t2 - t1:.2f} s")
    if o.triangle_out:
        tri.to_csv(o.triangle_out, index=False, float_format="%.17g")
        print(f"wrote {o.triangle_out}")
    b = pd.Timestamp(o.b) if o.b else c["day"].max() + pd.Timedelta(days=1)
    a = pd.Timestamp(o.a) if o.a else b - pd.Timedelta(days=90)
    init = None
    if o.centroids_json:
        with open(o.centroids_json) as f:
            init = json.load(f)["segmentation"]["centroids"]
    moves, inertia = migration(c, a, b, o.seed, init)
    t3 = time.perf_counter()
    print(f"migration {a.date()} -> {b.date()}: {moves['segment_from'].notna().sum()} customers as of A, "
          f"{len(moves)} as of B, inertia as of B {inertia:.6f}, {t3 - t2:.2f} s")
    print(pd.crosstab(moves["segment_from"].fillna("not yet a customer"), moves["segment_to"]))
    if o.moves_out:
        moves = moves.loc[sorted(moves.index, key=lambda x: (len(x.lstrip("0")), x.lstrip("0")))]
        moves.to_csv(o.moves_out, float_format="%.17g")
        print(f"wrote {o.moves_out}")


if __name__ == "__main__":
    main()
