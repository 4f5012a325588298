#!/usr/bin/python3
"""Independent reference for `spectrum baskets` (issue 16): pair rules by pandas and a scipy sparse product.

Reads the UCI Online Retail gzip CSV and takes the sales lines of the original cleaning with the lines without a
customer id kept (they are real orders): invoice not starting with C, quantity > 0, unit price > 0. A basket is an
invoice with at least one such line; its items are the distinct stock codes (trimmed, upper-cased) of its lines,
the non-product codes left out of the items (the product's default list: POST DOT C2 M D S B PADS CRUK
"BANK CHARGES" AMAZONFEE and the prefixes ADJUST TEST DCGS GIFT_0001) while the basket still counts.

Pair counts: C = X^T X of the basket x item 0/1 matrix (scipy.sparse), n(i) its diagonal. Every pair {i, j} with
C[i, j] >= ceil(min_support * N) gives the rules i => j and j => i; kept when lift >= 1 (the product's default
minimum lift). Written one row per rule, sorted by antecedent then consequent:
antecedent,consequent,baskets_both,baskets_antecedent,baskets_consequent,support,confidence,lift,leverage,conviction
(conviction empty when the confidence is 1). Written with pandas and scipy, not by translating the Java code.

Usage: /usr/bin/python3 bench/basket_reference.py ../shared/data/online_retail.csv.gz 0.01 \
           spectrum-io/src/test/resources/reference/basket_rules_by_pandas.csv
"""
import math
import sys

import numpy as np
import pandas as pd
import scipy
from scipy import sparse

EXACT = {"POST", "DOT", "C2", "M", "D", "S", "B", "PADS", "CRUK", "BANK CHARGES", "AMAZONFEE"}
PREFIXES = ("ADJUST", "TEST", "DCGS", "GIFT_0001")


def non_product(code):
    return code in EXACT or code.startswith(PREFIXES)


def baskets(path):
    df = pd.read_csv(path, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str})
    df = df[~df["InvoiceNo"].str.startswith("C") & (df["Quantity"] > 0) & (df["UnitPrice"] > 0)]
    invoices = pd.Index(df["InvoiceNo"].unique())
    codes = df["StockCode"].str.strip().str.upper()
    items = df[~codes.map(non_product)].assign(code=codes)
    items = items[["InvoiceNo", "code"]].drop_duplicates()
    names = pd.Index(sorted(items["code"].unique()))
    rows = invoices.get_indexer(items["InvoiceNo"])
    cols = names.get_indexer(items["code"])
    x = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(invoices), len(names)))
    return x, names


def rules(x, names, min_support):
    n = x.shape[0]
    min_count = max(1, math.ceil(min_support * n - 1e-9))
    counts = np.asarray(x.sum(axis=0)).ravel()
    c = (x.T @ x).tocoo()
    out = []
    for i, j, both in zip(c.row, c.col, c.data):
        if i == j or both < min_count:
            continue
        a, b = counts[i], counts[j]
        lift = both * n / (a * b)
        if lift < 1:
            continue
        confidence = both / a
        support = both / n
        leverage = support - (a / n) * (b / n)
        conviction = "" if both == a else repr((1 - b / n) / (1 - confidence))
        out.append((names[i], names[j], int(both), int(a), int(b), support, confidence, lift, leverage, conviction))
    frame = pd.DataFrame(out, columns=["antecedent", "consequent", "baskets_both", "baskets_antecedent",
                                       "baskets_consequent", "support", "confidence", "lift", "leverage",
                                       "conviction"])
    return n, frame.sort_values(["antecedent", "consequent"]).reset_index(drop=True)


def main():
    path, min_support, output = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    x, names = baskets(path)
    n, frame = rules(x, names, min_support)
    with open(output, "w", encoding="utf-8") as f:
        f.write(f"# bench/basket_reference.py {path.split('/')[-1]} {min_support}: {n} baskets, {len(frame)} rules; "
                f"pandas {pd.__version__}, numpy {np.__version__}, scipy {scipy.__version__}; "
                f"run {pd.Timestamp.now('UTC').date()}\n")
        frame.to_csv(f, index=False, float_format="%.17g")
    print(n, len(frame))


if __name__ == "__main__":
    main()
