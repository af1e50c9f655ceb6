#!/usr/bin/env python3
"""Independent vectorised numpy peer of csmetrics' CSV -> MRR bridge + NRR/GRR path.

Reads a CSV `account,month,mrr,currency` (header first; plain fields without quotes, LF or CRLF,
one currency), builds a dense accounts x months matrix of minor units, and prints per month the
bridge (end MRR and accounts; new, expansion, reactivation, contraction, churn amounts and counts)
and NRR/GRR (standard, documents' form, reactivations excluded) over the last month and the
trailing 12 months. Amounts are integer minor units (2 decimals), so every figure is exact.

Used only as the peer baseline of the intake benchmark; it is not part of the library.
Account keys are interned through a 64-bit FNV-1a hash of their bytes (np.unique on uint64); with
n accounts the chance of a collision is about n^2 / 2^65 (3e-8 for a million) and it is checked by
comparing each hash class's byte lengths and first bytes.
"""
import sys
import numpy as np


def fail(msg):
    sys.stderr.write("peer: " + msg + "\n")
    sys.exit(2)


def field_int(buf, starts, lengths):
    """Decimal digits with an optional '.' (at most 2 decimals) -> integer minor units (x100)."""
    maxlen = int(lengths.max())
    value = np.zeros(len(starts), dtype=np.int64)
    decimals = np.zeros(len(starts), dtype=np.int64)
    seen_dot = np.zeros(len(starts), dtype=bool)
    for k in range(maxlen):
        inside = k < lengths
        ch = buf[np.minimum(starts + k, len(buf) - 1)].astype(np.int64)
        is_dot = inside & (ch == 46)
        is_digit = inside & (ch >= 48) & (ch <= 57)
        if np.any(inside & ~is_dot & ~is_digit):
            bad = np.flatnonzero(inside & ~is_dot & ~is_digit)[0]
            fail("row %d: not a decimal amount" % (bad + 2))
        value = np.where(is_digit, value * 10 + (ch - 48), value)
        decimals += (is_digit & seen_dot)
        seen_dot |= is_dot
    if np.any(decimals > 2):
        fail("more than 2 decimals")
    return value * (10 ** (2 - decimals))


def main(path):
    buf = np.fromfile(path, dtype=np.uint8)
    if len(buf) and buf[-1] != 10:
        buf = np.append(buf, np.uint8(10))
    buf = np.where(buf == 13, np.uint8(10), buf) if np.any(buf == 13) else buf  # CRLF -> blank lines
    nl = np.flatnonzero(buf == 10)
    starts = np.concatenate(([0], nl[:-1] + 1))
    ends = nl
    keep = ends > starts                       # drop blank lines (from CRLF)
    starts, ends = starts[keep], ends[keep]
    header = bytes(buf[starts[0]:ends[0]]).decode().lower()
    if header != "account,month,mrr,currency":
        fail("unexpected header " + header)
    starts, ends = starts[1:], ends[1:]
    commas = np.flatnonzero(buf == 44)
    first = np.searchsorted(commas, starts)
    if np.any(first + 2 >= len(commas)) and len(starts):
        fail("short row")
    c0, c1, c2 = commas[first], commas[first + 1], commas[first + 2]
    if np.any(c2 >= ends) or np.any((first + 3 < len(commas)) & (commas[np.minimum(first + 3, len(commas) - 1)] < ends)):
        fail("every row needs exactly 4 fields")

    # accounts: FNV-1a 64 over the key bytes
    klen = c0 - starts
    h = np.full(len(starts), 0xcbf29ce484222325, dtype=np.uint64)
    prime = np.uint64(0x100000001b3)
    with np.errstate(over="ignore"):
        for k in range(int(klen.max())):
            inside = k < klen
            b = buf[np.minimum(starts + k, len(buf) - 1)].astype(np.uint64)
            h = np.where(inside, (h ^ b) * prime, h)
    keys, acc = np.unique(h, return_inverse=True)
    n_acc = len(keys)
    # collision check: every member of a hash class has its class's length and first byte
    rep = np.zeros(n_acc, dtype=np.int64)
    rep[acc] = np.arange(len(acc))
    if np.any(klen != klen[rep[acc]]) or np.any(buf[starts] != buf[starts[rep[acc]]]):
        fail("hash collision between account keys")

    # months yyyy-MM
    d = lambda off: buf[c0 + 1 + off].astype(np.int64) - 48
    if np.any(c1 - c0 - 1 != 7):
        fail("month is not yyyy-MM")
    year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)
    mon = d(5) * 10 + d(6)
    mi = year * 12 + mon - 1
    m0 = int(mi.min())
    mi = mi - m0
    n_mon = int(mi.max()) + 1

    cents = field_int(buf, c1 + 1, c2 - c1 - 1)
    cur = buf[c2 + 1] .astype(np.int64) * 65536 + buf[c2 + 2].astype(np.int64) * 256 + buf[c2 + 3]
    if np.any(cur != cur[0]):
        fail("more than one currency")

    cell = acc.astype(np.int64) * n_mon + mi
    sorted_cells = np.sort(cell)
    if np.any(sorted_cells[1:] == sorted_cells[:-1]):
        fail("duplicate account-month")
    M = np.zeros((n_acc, n_mon), dtype=np.int64)
    M[acc, mi] = cents

    def ym(i):
        t = m0 + i
        return "%04d-%02d" % (t // 12, t % 12 + 1)

    paying = M > 0
    ever = np.maximum.accumulate(paying, axis=1)
    print("accounts %d months %d rows %d" % (n_acc, n_mon, len(cents)))
    print("month,end_mrr,end_accounts,new,new_n,expansion,expansion_n,reactivation,reactivation_n,"
          "contraction,contraction_n,churn,churn_n")
    print("%s,%d,%d,0,0,0,0,0,0,0,0,0,0" % (ym(0), M[:, 0].sum(), paying[:, 0].sum()))
    for k in range(1, n_mon):
        p, c = M[:, k - 1], M[:, k]
        ret = (p == 0) & (c > 0)
        before = ever[:, k - 1]
        new, rea = ret & ~before, ret & before
        exp = (p > 0) & (c > p)
        con = (c > 0) & (c < p)
        chu = (p > 0) & (c == 0)
        print("%s,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d" % (
            ym(k), c.sum(), paying[:, k].sum(), c[new].sum(), new.sum(), (c - p)[exp].sum(), exp.sum(),
            c[rea].sum(), rea.sum(), (p - c)[con].sum(), con.sum(), p[chu].sum(), chu.sum()))

    for span in (1, 12):
        if n_mon - 1 - span < 0:
            continue
        a, b = n_mon - 1 - span, n_mon - 1
        s, e = M[:, a], M[:, b]
        start = s > 0
        gap = np.zeros(n_acc, dtype=bool) if span == 1 else ~paying[:, a + 1:b].all(axis=1)
        re = start & gap & (e > 0)
        S = s[start].sum()
        E = np.where(start & (e > s), e - s, 0).sum()
        C = np.where(start & (e > 0) & (e < s), s - e, 0).sum()
        X = s[start & (e == 0)].sum()
        rE = np.where(re & (e > s), e - s, 0).sum()
        rC = np.where(re & (e < s), s - e, 0).sum()
        rS = s[re].sum()
        print("retention %s->%s start_accounts %d S %d E %d C %d X %d" % (ym(a), ym(b), start.sum(), S, E, C, X))
        print("  NRR standard %.6f documents %.6f excl_reactivated %.6f GRR %.6f" % (
            (S + E - C - X) / S, (S + E - X) / S, (S + (E - rE) - (C - rC) - (X + rS)) / S, (S - C - X) / S))


if __name__ == "__main__":
    main(sys.argv[1])
