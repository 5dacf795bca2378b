#!/usr/bin/env python3
"""Reference numbers for SeededRandom (Sources/Metrics/SeededRandom.swift).

A second implementation of the same algorithms, in Python floats (IEEE 754
doubles, correctly rounded +, -, *, / and sqrt), so the Swift tests can check
every bit: SplitMix64 seeding, xoshiro256**, uniform, integer(below:),
Marsaglia's polar method with the generator's own logarithm, Fisher-Yates
shuffle and sample. The xoshiro256** and SplitMix64 steps follow the
reference C code at https://prng.di.unimi.it; the script first checks them
against published outputs (SplitMix64 seeded with 1234567, Rosetta Code
"Pseudo-random numbers/Splitmix64"; xoshiro256** from the state {1, 2, 3, 4},
the `reference` test of the rand_xoshiro crate, github.com/rust-random/rngs)
and the generator's logarithm against the C library's.

No packages needed. Run:  python3 scripts/reference_random.py
Writes:                   Tests/MetricsTests/Fixtures/random.json
64-bit integers are written as decimal strings (JSON numbers lose bits past 2^53).
"""

import json
import math
from pathlib import Path

MASK = 2**64 - 1
OUT = Path(__file__).resolve().parent.parent / "Tests" / "MetricsTests" / "Fixtures" / "random.json"


def splitmix64(seed):
    state = seed & MASK
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


def natural_log(x):
    """The generator's own ln x, step for step as the Swift code."""
    m, e = math.frexp(x)  # x = m * 2**e, m in [0.5, 1)
    m, e = m * 2, e - 1   # m in [1, 2), both exact
    if m > 1.4142135623730951:
        m, e = m / 2, e + 1
    z = (m - 1) / (m + 1)
    w = z * z
    series = 1.0 / 23
    for k in range(10, -1, -1):
        series = series * w + 1.0 / (2 * k + 1)
    ln_m = 2 * z * series
    e = float(e)
    return e * 6.93147180369123816490e-01 + (e * 1.90821492927058770002e-10 + ln_m)


class SeededRandom:
    def __init__(self, seed, state=None):
        seeds = splitmix64(seed)
        self.s = list(state) if state else [next(seeds) for _ in range(4)]

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def uniform(self):
        return (self.next() >> 11) * 2.0**-53

    def uniform_in(self, low, high):
        return low + (high - low) * self.uniform()

    def integer(self, n):
        rejected = (2**64 - n) % n
        while True:
            x = self.next()
            if x >= rejected:
                return x % n

    def normal(self, mean=0.0, sd=1.0):
        while True:
            u = 2 * self.uniform() - 1
            v = 2 * self.uniform() - 1
            s = u * u + v * v
            if 0 < s < 1:
                return mean + sd * (u * math.sqrt(-2 * natural_log(s) / s))

    def shuffled(self, items):
        items = list(items)
        for i in range(len(items) - 1, 0, -1):
            j = self.integer(i + 1)
            items[i], items[j] = items[j], items[i]
        return items

    def sample(self, count, items):
        pool = list(items)
        for i in range(count):
            j = i + self.integer(len(pool) - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:count]


SPLITMIX_1234567 = [6457827717110365317, 3203168211198807973, 9817491932198370423,
                    4593380528125082431, 16408922859458223821]
XOSHIRO_1_2_3_4 = [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360,
                   607988272756665600, 16172922978634559625, 8476171486693032832,
                   10595114339597558777, 2904607092377533576]


def check_against_published_values():
    assert [x for x, _ in zip(splitmix64(1234567), range(5))] == SPLITMIX_1234567, "SplitMix64 differs from its reference"
    r = SeededRandom(0, state=[1, 2, 3, 4])
    assert [r.next() for _ in range(10)] == XOSHIRO_1_2_3_4, "xoshiro256** differs from its reference"
    worst = 0.0
    for x in [1e-300, 2.0**-104, 1e-10, 0.1, 0.25, 0.5, 0.7071067811865476, 0.75, 0.9999999999999999, 1.0, 2.0, 1e10]:
        worst = max(worst, abs(natural_log(x) - math.log(x)) / math.ulp(math.log(x)) if math.log(x) != 0 else 0)
    print(f"natural_log against the C library's log: at most {worst:.1f} ulp apart")
    assert worst <= 4


def case(seed):
    def fresh():
        return SeededRandom(seed)
    r = fresh()
    nexts = [str(r.next()) for _ in range(8)]
    r = fresh()
    uniforms = [r.uniform() for _ in range(8)]
    r = fresh()
    ranged = [r.uniform_in(-3.0, 3.0) for _ in range(4)]
    r = fresh()
    integers = {str(n): [r.integer(n) for _ in range(10)] for n in (1, 3, 10, 1000)}
    r = fresh()
    normals = [r.normal() for _ in range(8)]
    r = fresh()
    scaled = [r.normal(5.0, 0.5) for _ in range(4)]
    r = fresh()
    shuffled = r.shuffled(range(10))
    r = fresh()
    sample = r.sample(4, range(10))
    return {"seed": str(seed), "next": nexts, "uniform": uniforms, "uniformIn-3..<3": ranged,
            "integerBelow": integers, "normal": normals, "normalMean5Sd0.5": scaled,
            "shuffled0..<10": shuffled, "sample4Of0..<10": sample}


def main():
    check_against_published_values()
    logs = [{"x": x, "ln": natural_log(x)} for x in [2.0**-104, 1e-10, 0.1, 0.3, 0.5, 0.7071067811865476,
                                                      0.7071067811865477, 0.9999999999999999, 1.0, 3.0]]
    document = {"writtenBy": "scripts/reference_random.py",
                "published": {"splitMix64Seed1234567": [str(x) for x in SPLITMIX_1234567],
                              "xoshiro256StarStarState1234": [str(x) for x in XOSHIRO_1_2_3_4]},
                "cases": [case(seed) for seed in (0, 7, 42, 2**64 - 1)],
                "naturalLog": logs}
    OUT.write_text(json.dumps(document, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(OUT.parents[3])}")


if __name__ == "__main__":
    main()
