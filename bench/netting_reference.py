#!/usr/bin/python3
"""Independent reference for the default cleaning's netting of reversed purchases (issue 13, item 7).

Reads the UCI Online Retail gzip CSV with pandas, applies the original method's four rules (customer present,
invoice not starting with C, quantity > 0, unit price > 0) and then the reversal rule as docs/cleaning.md states
it: a cancellation line (invoice starting with C, a customer, quantity -q) reverses one kept purchase line of the
same customer and stock code with quantity exactly q, dated at or before it and not reversed by another
cancellation -- the latest such (by date-time, then file order); cancellations are taken in date-time order
(then file order). Written as a plain loop over the (customer, code, quantity) groups, not from the Java code.

Prints one JSON object: the reversed line count, the revenue they carried, the clean rows, the customers, the
clean revenue and the top merchandise product by units (non-product codes left out).

Usage (Debian's python3-pandas; the pyenv python3 on PATH lacks it):
  /usr/bin/python3 bench/netting_reference.py ../shared/data/online_retail.csv.gz \
      > spectrum-cli/src/test/resources/netting-reference.json
"""
import datetime
import json
import sys

import pandas as pd

NON_PRODUCTS = "POST,DOT,C2,M,D,S,B,PADS,CRUK,BANK CHARGES,AMAZONFEE,ADJUST*,TEST*,DCGS*,GIFT_0001*".split(",")


def non_product(code):
    return any(code.startswith(p[:-1]) if p.endswith("*") else code == p for p in NON_PRODUCTS)


def netting(path):
    df = pd.read_csv(path, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str},
                     parse_dates=["InvoiceDate"], keep_default_na=False, na_values=[""])
    df["code"] = df["StockCode"].str.strip().str.upper()
    df["row"] = range(len(df))
    has_customer = df["CustomerID"].notna()
    cancel = df["InvoiceNo"].str.startswith("C")
    kept = df[has_customer & ~cancel & (df["Quantity"] > 0) & (df["UnitPrice"] > 0)]
    cancellations = df[has_customer & cancel & (df["Quantity"] < 0)]

    events = {}
    for r in cancellations.itertuples():
        events.setdefault((r.CustomerID, r.code, -r.Quantity), []).append((r.InvoiceDate, 1, r.row))
    for r in kept.itertuples():
        key = (r.CustomerID, r.code, r.Quantity)
        if key in events:
            events[key].append((r.InvoiceDate, 0, r.row))
    reversed_rows = set()
    for group in events.values():
        open_purchases = []
        for when, is_cancel, row in sorted(group):
            if not is_cancel:
                open_purchases.append(row)
            elif open_purchases:
                reversed_rows.add(open_purchases.pop())

    gone = kept["row"].isin(reversed_rows)
    clean = kept[~gone]
    amount = clean["Quantity"] * clean["UnitPrice"]
    removed = kept[gone]
    units = clean[~clean["code"].map(non_product)].groupby("code")["Quantity"].sum()
    return {
        "reversed": int(gone.sum()),
        "reversedRevenue": float((removed["Quantity"] * removed["UnitPrice"]).sum()),
        "clean": int(len(clean)),
        "customers": int(clean["CustomerID"].nunique()),
        "revenue": float(amount.sum()),
        "topByUnits": str(units.idxmax()),
        "customer12346Rows": int((clean["CustomerID"].str.replace(r"\.0$", "", regex=True) == "12346").sum()),
    }


def main():
    result = {
        "provenance": ("/usr/bin/python3 bench/netting_reference.py " + sys.argv[1].split("/")[-1] + ", pandas "
                       + pd.__version__ + ", " + datetime.date.today().isoformat()),
        "online_retail": netting(sys.argv[1]),
    }
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
