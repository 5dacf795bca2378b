"""Reference timings for the autodiff benchmark (`swift run -c release autodiff-benchmark`).

Times the same workloads in Python, median over repeats, in milliseconds:
  - 1 - softF1 from soft TP/FP/FN with p = sigmoid(scores), value and gradient:
    numpy with the hand-written analytic gradient (n = 1e3, 1e5, 1e6) and
    micrograd, one Value per score (n = 1e3);
  - 200 full-batch gradient-descent steps of logistic regression on 10,000 x 20, numpy.

Needs numpy; micrograd (pip install micrograd) is optional. The PyPI micrograd
has no exp or sigmoid, so those nodes are added here in micrograd's own style;
sigmoid is timed both as one node and composed as 1 / (1 + exp(-x)).
"""

import math
import statistics
import sys
import time

import numpy as np


def median_ms(body, repeats):
    body()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        body()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def problem(n, seed=42):
    rng = np.random.default_rng(seed)
    labels = (rng.random(n) < 0.3).astype(np.float64)
    scores = labels * 1.5 - 0.75 + rng.standard_normal(n)
    return scores, labels


def soft_f1_loss_numpy(scores, labels, positives):
    p = 1 / (1 + np.exp(-scores))
    tp = p @ labels
    predicted = p.sum()
    f1 = 2 * tp / (predicted + positives)
    grad = -2 * (labels - f1 / 2) / (predicted + positives) * p * (1 - p)
    return 1 - f1, grad


def micrograd_exp(x):
    """e^x as one micrograd node."""
    from micrograd.engine import Value

    out = Value(math.exp(x.data), (x,), "exp")

    def _backward():
        x.grad += out.data * out.grad

    out._backward = _backward
    return out


def micrograd_sigmoid(x):
    """sigmoid(x) as one micrograd node."""
    from micrograd.engine import Value

    out = Value(1 / (1 + math.exp(-x.data)), (x,), "sigmoid")

    def _backward():
        x.grad += out.data * (1 - out.data) * out.grad

    out._backward = _backward
    return out


def micrograd_sigmoid_composed(x):
    """1 / (1 + e^-x) from micrograd's own operations: four nodes."""
    return (1 + micrograd_exp(-x)) ** -1


def soft_f1_loss_micrograd(scores, labels, positives, sigmoid=micrograd_sigmoid):
    from micrograd.engine import Value

    s = [Value(float(v)) for v in scores]
    tp, predicted = Value(0.0), Value(0.0)
    for score, label in zip(s, labels):
        p = sigmoid(score)
        tp = tp + p * float(label)
        predicted = predicted + p
    fp = predicted - tp
    fn = positives - tp
    loss = 1 - 2 * tp / (2 * tp + fp + fn)
    loss.backward()
    return loss.data, [v.grad for v in s]


def logistic_regression_numpy(x, y, steps=200, learning_rate=0.5):
    n, d = x.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        z = x @ w + b
        residual = (1 / (1 + np.exp(-z)) - y) / n
        w -= learning_rate * (x.T @ residual)
        b -= learning_rate * residual.sum()
    z = x @ w + b
    return np.mean(np.logaddexp(0, z) - y * z)


def main():
    print("| workload | n | repeats | median (ms) |")
    print("| --- | ---: | ---: | ---: |")
    for n, repeats in [(1_000, 1001), (100_000, 101), (1_000_000, 41)]:
        scores, labels = problem(n)
        positives = labels.sum()
        ms = median_ms(lambda: soft_f1_loss_numpy(scores, labels, positives), repeats)
        print(f"| 1 - softF1, numpy analytic gradient | {n} | {repeats} | {ms:.3f} |")
    try:
        import micrograd  # noqa: F401

        scores, labels = problem(1_000)
        # micrograd's topological sort recurses once per node along the chain of sums.
        sys.setrecursionlimit(100_000)
        ms = median_ms(lambda: soft_f1_loss_micrograd(scores, labels, float(labels.sum())), 21)
        print(f"| 1 - softF1, micrograd, sigmoid as one node | 1000 | 21 | {ms:.3f} |")
        ms = median_ms(
            lambda: soft_f1_loss_micrograd(scores, labels, float(labels.sum()), micrograd_sigmoid_composed), 21
        )
        print(f"| 1 - softF1, micrograd, sigmoid as 1/(1 + exp(-x)) | 1000 | 21 | {ms:.3f} |")
    except ImportError:
        print("| 1 - softF1, micrograd | 1000 | - | not installed |")
    rng = np.random.default_rng(7)
    x = rng.standard_normal((10_000, 20))
    truth = rng.standard_normal(20)
    y = (rng.random(10_000) < 1 / (1 + np.exp(-(x @ truth)))).astype(np.float64)
    ms = median_ms(lambda: logistic_regression_numpy(x, y), 11)
    print(f"| logistic regression, 200 GD steps, numpy | 10000x20 | 11 | {ms:.3f} |")


if __name__ == "__main__":
    main()
