#!/usr/bin/python3
"""Independent reference for `spectrum inventory` and `spectrum pricing` (issue 17), with pandas and scipy.

Reads the UCI Online Retail gzip CSV and takes the sales lines: invoice not starting with C, quantity > 0,
unit price > 0 (lines without a customer id kept: they are real sales), stock codes trimmed and upper-cased,
non-product codes left out (the product's default list: POST DOT C2 M D S B PADS CRUK "BANK CHARGES" AMAZONFEE
and the prefixes ADJUST TEST DCGS GIFT_0001). Per product, the weekly units and revenue (ISO weeks, Monday to
Sunday) from its first sale to the last week of the data, zeros between; then, written one row per product:

  the series' checks   first_week (Monday), periods, units_total, units_sumsq, nonzero_weeks
  ABC / XYZ            revenue rank (descending, ties by stock code), cumulative share <= 0.80 A, <= 0.95 B, else C;
                       CV of weekly units (population sd) <= 0.5 X, <= 1.0 Y, else Z
  demand class         ADI = periods / non-zero periods, CV2 of the non-zero sizes (population sd), cut-offs 1.32, 0.49
  recursions           SES (alpha from 0.05..0.95 by least one-step SSE), Croston, SBA (alpha 0.1), TSB (0.1, 0.1)
                       with the start values of docs/inventory.md, on the whole series
  price response       weeks with sales; CV of the weekly average price (revenue / units); when >= 8 weeks and
                       CV >= 0.05: OLS of ln(units) on ln(price): slope, se, 95 % interval (scipy t), R2

Written by plain loops and pandas group-bys, not by translating the Java code.

Usage: /usr/bin/python3 bench/inventory_reference.py ../shared/data/online_retail.csv.gz \
           spectrum-io/src/test/resources/reference/inventory_by_pandas.csv.gz
"""
import sys

import numpy as np
import pandas as pd
import scipy
from scipy import optimize, stats

EXACT = {"POST", "DOT", "C2", "M", "D", "S", "B", "PADS", "CRUK", "BANK CHARGES", "AMAZONFEE"}
PREFIXES = ("ADJUST", "TEST", "DCGS", "GIFT_0001")


def non_product(code):
    return code in EXACT or code.startswith(PREFIXES)


def sales(path):
    df = pd.read_csv(path, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str},
                     parse_dates=["InvoiceDate"], keep_default_na=False, na_values=[""])
    df = df[~df["InvoiceNo"].str.startswith("C") & (df["Quantity"] > 0) & (df["UnitPrice"] > 0)].copy()
    df["code"] = df["StockCode"].str.strip().str.upper()
    epoch_day = (df["InvoiceDate"].dt.normalize() - pd.Timestamp("1970-01-01")).dt.days
    df["week"] = (epoch_day + 3) // 7
    df["amount"] = df["Quantity"] * df["UnitPrice"]
    return df


def ses(y, alpha):
    level = y[0]
    for v in y[1:]:
        level = alpha * v + (1 - alpha) * level
    return level


def ses_alpha(y):
    grid = [(i + 1) * 0.05 for i in range(19)]
    if len(y) < 3:
        return grid[0]
    best, best_sse = grid[0], float("inf")
    for a in grid:
        level, sse = y[0], 0.0
        for v in y[1:]:
            sse += (v - level) ** 2
            level = a * v + (1 - a) * level
        if sse < best_sse:
            best, best_sse = a, sse
    return best


def croston(y, alpha=0.1):
    nz = [t for t, v in enumerate(y) if v > 0]
    if not nz:
        return 0.0
    size, interval, prev = y[nz[0]], nz[0] + 1.0, nz[0]
    for t in nz[1:]:
        size += alpha * (y[t] - size)
        interval += alpha * ((t - prev) - interval)
        prev = t
    return size / interval


def tsb(y, alpha=0.1, beta=0.1):
    nz = [t for t, v in enumerate(y) if v > 0]
    if not nz:
        return 0.0
    first = nz[0]
    size, prob = y[first], 1.0 / (first + 1)
    for v in y[first + 1:]:
        prob += beta * ((1.0 if v > 0 else 0.0) - prob)
        if v > 0:
            size += alpha * (v - size)
    return prob * size


def t975(df):
    """The 0.975 quantile of Student's t by root-finding on scipy's t.cdf: scipy 1.10.1's own t.ppf (cephes
    stdtrit) is off by 1.2e-9 relative at df = 50 (2.008559109715206; mpmath at 30 digits gives 2.0085591121007611,
    which this returns), more than the 1e-9 the test asserts."""
    return optimize.brentq(lambda t: stats.t.cdf(t, df) - 0.975, 0.0, 1000.0, xtol=1e-15, rtol=1e-15)


def price_response(units, revenue):
    mask = (units > 0) & (revenue > 0)
    price = revenue[mask] / units[mask]
    n = int(mask.sum())
    cv = float(np.std(price) / np.mean(price)) if n else 0.0
    row = {"weeks": n, "price_cv": cv, "slope": "", "se": "", "low": "", "high": "", "r2": ""}
    if n < 8 or cv < 0.05:
        return row
    x, y = np.log(price), np.log(units[mask])
    fit = stats.linregress(x, y)
    t = t975(n - 2)
    row.update(slope=fit.slope, se=fit.stderr, low=fit.slope - t * fit.stderr,
               high=fit.slope + t * fit.stderr, r2=fit.rvalue ** 2 if np.var(y) > 0 else 0.0)
    return row


def main(path, out):
    df = sales(path)
    last = int(df["week"].max())
    df = df[~df["code"].map(non_product)]
    weekly = df.groupby(["code", "week"]).agg(units=("Quantity", "sum"), revenue=("amount", "sum")).reset_index()
    rows = []
    for code, g in weekly.groupby("code"):
        first = int(g["week"].min())
        units = np.zeros(last - first + 1)
        revenue = np.zeros(last - first + 1)
        units[g["week"].to_numpy() - first] = g["units"].to_numpy()
        revenue[g["week"].to_numpy() - first] = g["revenue"].to_numpy()
        y = list(units)
        sizes = units[units > 0]
        mean = units.mean()
        cv = float(units.std() / mean) if mean else 0.0
        cv2 = float((sizes.std() / sizes.mean()) ** 2) if len(sizes) >= 2 else 0.0
        adi = len(units) / len(sizes)
        cls = ("lumpy" if cv2 >= 0.49 else "intermittent") if adi >= 1.32 else ("erratic" if cv2 >= 0.49 else "smooth")
        a = ses_alpha(y)
        row = {"stock_code": code,
               "first_week": (pd.Timestamp("1970-01-01") + pd.Timedelta(days=first * 7 - 3)).date().isoformat(),
               "periods": len(units), "units_total": units.sum(), "units_sumsq": float((units ** 2).sum()),
               "nonzero_weeks": len(sizes), "revenue": revenue.sum(),
               "mean_units": mean, "cv": cv, "adi": adi, "cv2": cv2, "demand_class": cls,
               "ses_alpha": a, "ses": ses(y, a), "croston": croston(y), "sba": 0.95 * croston(y), "tsb": tsb(y)}
        row.update(price_response(units, revenue))
        rows.append(row)
    table = pd.DataFrame(rows)
    table = table.sort_values(["revenue", "stock_code"], ascending=[False, True], kind="mergesort")
    share = table["revenue"].cumsum() / table["revenue"].sum()
    table["abc"] = np.where(share <= 0.80 + 1e-12, "A", np.where(share <= 0.95 + 1e-12, "B", "C"))
    table["xyz"] = np.where(table["cv"] <= 0.5, "X", np.where(table["cv"] <= 1.0, "Y", "Z"))
    with open(out, "wb") as f:
        import gzip
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as z:
            z.write(("# bench/inventory_reference.py on %s; pandas %s, numpy %s, scipy %s\n"
                     % (path.split("/")[-1], pd.__version__, np.__version__, scipy.__version__)).encode())
            z.write(table.to_csv(index=False, float_format="%.17g").encode())
    print("products", len(table), "last week", last, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
