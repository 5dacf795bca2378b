#!/usr/bin/env python3
"""Reference values for many classes, calibration, honest evaluation and
gradients through discrete choices, written as JSON fixtures.

Packages and versions used to write the committed fixtures:
    Python        3.11.7
    numpy         2.4.6
    scipy         1.17.1
    scikit-learn  1.9.1
    torch         2.13.0+cpu
    torchvision   0.28.0

Install:  pip install numpy==2.4.6 scipy==1.17.1 scikit-learn==1.9.1 torch==2.13.0 torchvision==0.28.0
          (the CPU build of torch is enough; everything runs in float64)
Run:      python3 scripts/reference_multiclass.py
Writes:   Tests/MetricsTests/Fixtures/{multiclass,calibration,evaluation,discrete}.json

Where each reference comes from:
  - scikit-learn: confusion_matrix, precision/recall/f1 with average= (zero_division
    left at its default), accuracy_score, top_k_accuracy_score, log_loss,
    brier_score_loss, calibration_curve(strategy="uniform"), compute_sample_weight;
    SciPy: rankdata, and brentq for the temperature.
  - PyTorch: softmax, log_softmax, cross_entropy (class indices and probability
    targets), binary_cross_entropy with weights, each value and gradient by autograd.
  - torchvision 0.28.0: ops/focal_loss.py's sigmoid_focal_loss, its source executed
    as shipped with only its usage-logging import stubbed (the package's compiled
    operators need a CUDA build of torch, and this function does not use them).
  - Lovász-softmax: the authors' lovasz_grad and lovasz_softmax_flat(classes='present')
    (github.com/bermanmaxim/LovaszSoftmax, pytorch/lovasz_losses.py), transcribed
    below in torch and differentiated by autograd; its sort is made stable, so that
    tied errors (whose order changes the gradient, not the value) keep their order.
  - Soft ranks and sorts: the authors' fast-soft-sort numpy operators
    (github.com/google-research/fast-soft-sort, fast_soft_sort/numpy_ops.py and
    third_party/isotonic.py, the version whose SoftSort uses w = rho / epsilon),
    transcribed below because the package is not on PyPI; values and their
    vector-Jacobian products (the authors' vjp methods). Their np.argsort is made
    stable (kind="stable"), so that tied values, where the sort's gradient is a
    matter of convention, are ordered the same way on every run: NumPy's default
    sort is stable only below 17 elements.
  - Expected calibration error and the top-label reliability curve: the formula of
    Guo et al. (2017, eq. 3) in NumPy on calibration_curve's bins.
  - Random draws (bootstrap resamples, splits, Gumbel noise, score-function samples,
    perturbations): the SeededRandom algorithms of scripts/reference_random.py, so
    each Swift function's order of draws is checked, and the statistics on the
    drawn samples come from the libraries above.

Non-finite numbers are written as the strings "nan", "inf" and "-inf".
"""

import importlib.metadata
import importlib.util
import json
import math
import sys
import warnings
from pathlib import Path

import numpy as np
import scipy
import sklearn
import torch
import torch.nn.functional as F
from scipy.optimize import brentq
from scipy.stats import rankdata
from sklearn import metrics as skm
from sklearn.calibration import calibration_curve
from sklearn.utils.class_weight import compute_sample_weight

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reference_random import SeededRandom, natural_log  # noqa: E402

EXPECTED_VERSIONS = {"numpy": "2.4.6", "scipy": "1.17.1", "scikit-learn": "1.9.1",
                     "torch": "2.13.0+cpu", "torchvision": "0.28.0"}
FOUND_VERSIONS = {"numpy": np.__version__, "scipy": scipy.__version__, "scikit-learn": sklearn.__version__,
                  "torch": torch.__version__, "torchvision": importlib.metadata.version("torchvision")}

OUT = Path(__file__).resolve().parent.parent / "Tests" / "MetricsTests" / "Fixtures"
torch.set_default_dtype(torch.float64)
# scikit-learn warns on every undefined case (zero_division, k >= classes); those cases are the point.
warnings.simplefilter("ignore")


def finite(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def floats(values):
    return [finite(v) for v in np.asarray(values, dtype=float).ravel()]


def rows(values):
    return [floats(r) for r in np.asarray(values, dtype=float)]


def rounded(values, digits=3):
    return np.round(np.asarray(values, dtype=float), digits)


# --------------------------------------------------------------------------
# The authors' code, transcribed


def lovasz_grad(gt_sorted):
    """Berman et al.'s lovasz_grad: the Jaccard-loss increments along the sorted errors (.float() made .double())."""
    p = len(gt_sorted)
    gts = gt_sorted.sum()
    intersection = gts - gt_sorted.double().cumsum(0)
    union = gts + (1 - gt_sorted).double().cumsum(0)
    jaccard = 1. - intersection / union
    if p > 1:  # cover 1-pixel case
        jaccard[1:p] = jaccard[1:p] - jaccard[0:-1]
    return jaccard


def lovasz_softmax_flat(probas, labels, classes='present'):
    """Berman et al.'s lovasz_softmax_flat with classes='present' (their default)."""
    if probas.numel() == 0:
        return probas * 0.
    C = probas.size(1)
    losses = []
    for c in range(C):
        fg = (labels == c).to(probas.dtype)
        if classes == 'present' and fg.sum() == 0:
            continue
        class_pred = probas[:, c]
        errors = (fg - class_pred).abs()
        errors_sorted, perm = torch.sort(errors, dim=0, descending=True, stable=True)
        fg_sorted = fg[perm]
        losses.append(torch.dot(errors_sorted, lovasz_grad(fg_sorted)))
    return sum(losses) / len(losses)


def isotonic_l2(y):
    """fast-soft-sort's third_party isotonic_l2 (PAV, decreasing), returning the solution."""
    n = y.shape[0]
    sol = np.array(y, dtype=float)
    target = np.arange(n)
    c = np.ones(n)
    sums = np.array(y, dtype=float)
    i = 0
    while i < n:
        k = target[i] + 1
        if k == n:
            break
        if sol[i] > sol[k]:
            i = k
            continue
        sum_y = sums[i]
        sum_c = c[i]
        while True:
            prev_y = sol[k]
            sum_y += sums[k]
            sum_c += c[k]
            k = target[k] + 1
            if k == n or prev_y > sol[k]:
                sol[i] = sum_y / sum_c
                sums[i] = sum_y
                c[i] = sum_c
                target[i] = k - 1
                target[k - 1] = i
                if i > 0:
                    i = target[i - 1]
                break
    i = 0
    while i < n:
        k = target[i] + 1
        sol[i + 1:k] = sol[i]
        i = k
    return sol


def partition(solution, eps=1e-9):
    if len(solution) == 0:
        return []
    sizes = [1]
    for i in range(1, len(solution)):
        if abs(solution[i] - solution[i - 1]) > eps:
            sizes.append(0)
        sizes[-1] += 1
    return sizes


def isotonic_vjp(solution, vector):
    out = np.zeros_like(solution)
    start = 0
    for size in partition(solution):
        end = start + size
        out[start:end] = np.sum(vector[start:end]) / size
        start = end
    return out


def inverse_permutation(permutation):
    inverse = np.zeros(len(permutation), dtype=int)
    inverse[permutation] = np.arange(len(permutation))
    return inverse


def soft_rank(values, direction, strength, cotangent):
    """numpy_ops.SoftRank (l2): compute() and vjp(cotangent)."""
    values = np.asarray(values, dtype=float)
    sign = 1 if direction == "ASCENDING" else -1
    scale = sign / strength
    theta = values * scale
    w = np.arange(len(values))[::-1] + 1
    permutation = np.argsort(theta, kind="stable")[::-1]
    s = theta[permutation]
    dual = isotonic_l2(s - w)
    inverse = inverse_permutation(permutation)
    primal = (s - dual)[inverse]
    cot = np.asarray(cotangent, dtype=float)
    vjp = (cot - isotonic_vjp(dual, cot[permutation])[inverse]) * scale
    return primal, vjp


def soft_sort(values, direction, strength, cotangent):
    """numpy_ops.SoftSort (l2): compute() and vjp(cotangent)."""
    values = np.asarray(values, dtype=float)
    size = len(values)
    sign = 1 if direction == "DESCENDING" else -1
    w = np.arange(1, size + 1)[::-1] / strength
    v = sign * values
    permutation = np.argsort(v, kind="stable")[::-1]
    s = v[permutation]
    res = isotonic_l2(w - s)
    result = sign * (w - res)
    vjp = isotonic_vjp(res, np.asarray(cotangent, dtype=float))[inverse_permutation(permutation)]
    return result, vjp


def torchvision_focal_loss():
    """torchvision 0.28.0's sigmoid_focal_loss, from its shipped source file."""
    package = Path(list(importlib.util.find_spec("torchvision").submodule_search_locations)[0])
    source = (package / "ops" / "focal_loss.py").read_text()
    source = source.replace("from ..utils import _log_api_usage_once", "_log_api_usage_once = lambda _: None")
    namespace = {}
    exec(compile(source, "torchvision/ops/focal_loss.py", "exec"), namespace)
    return namespace["sigmoid_focal_loss"]


# --------------------------------------------------------------------------
# Many classes


def class_index_values(labels, predictions, classes):
    kw = {} if classes is None else {"labels": list(range(classes))}
    y, p = np.asarray(labels), np.asarray(predictions)
    per = skm.precision_recall_fscore_support(y, p, average=None, **kw)
    return {
        "classes": [int(c) for c in (range(classes) if classes is not None else np.union1d(y, p))],
        "confusion": skm.confusion_matrix(y, p, **kw).tolist(),
        "accuracy": finite(skm.accuracy_score(y, p)),
        **{name: {a: finite(fn(y, p, average=a, **kw)) for a in ("macro", "micro", "weighted")}
           for name, fn in (("precision", skm.precision_score), ("recall", skm.recall_score), ("f1", skm.f1_score))},
        "perClass": {"precision": floats(per[0]), "recall": floats(per[1]), "f1": floats(per[2]),
                     "support": [int(s) for s in per[3]]},
    }


def multiclass_fixture():
    rng = np.random.default_rng(17)
    predicted = []

    def add(name, labels, predictions, classes=None):
        predicted.append({"name": name, "labels": labels, "predictions": predictions, "classes": classes,
                          "expected": class_index_values(labels, predictions, classes)})

    add("three classes", [0, 0, 0, 1, 1, 2, 2, 2, 2, 1], [0, 1, 0, 1, 2, 2, 2, 0, 2, 1])
    add("a class never predicted", [0, 1, 2, 2, 1, 0, 2], [0, 1, 1, 1, 1, 0, 0])
    add("a class predicted but absent from the labels", [0, 0, 1, 1, 0], [0, 2, 1, 2, 0])
    add("one class, all right", [1, 1, 1], [1, 1, 1])
    add("one class in the labels, others predicted", [0, 0, 0, 0], [0, 1, 2, 0])
    add("n = 1, right", [2], [2])
    add("n = 1, wrong", [2], [0])
    add("classes = 4 with class 3 absent everywhere", [0, 1, 2, 0, 1, 2], [0, 2, 2, 0, 1, 1], classes=4)
    add("classes = 3, labels and predictions only 0", [0, 0], [0, 0], classes=3)
    add("all wrong", [0, 1, 2, 0], [1, 2, 0, 2])
    imbalanced = [int(c) for c in rng.choice(5, size=300, p=[0.6, 0.2, 0.1, 0.07, 0.03])]
    noisy = [c if rng.random() < 0.7 else int(rng.integers(0, 5)) for c in imbalanced]
    add("imbalanced, 5 classes, n = 300", imbalanced, noisy)
    big = [int(c) for c in rng.integers(0, 7, size=600)]
    add("7 classes, n = 600", big, [c if rng.random() < 0.5 else int(rng.integers(0, 7)) for c in big])

    # Probability rows: argmax metrics, top-k, log loss, Brier, Lovász-softmax, top-label calibration.
    probability_cases = []

    def add_probabilities(name, labels, probabilities):
        labels = list(labels)
        P = np.asarray(probabilities, dtype=float)
        k = P.shape[1]
        argmax = P.argmax(axis=1)
        probas = torch.tensor(P, requires_grad=True)
        lovasz = lovasz_softmax_flat(probas, torch.tensor(labels))
        lovasz.backward()
        expected = {
            "argmax": class_index_values(labels, [int(a) for a in argmax], None),
            "topK": {str(j): finite(skm.top_k_accuracy_score(labels, P, k=j, labels=list(range(k))))
                     for j in range(1, k + 1)} if k >= 3 else {},
            "logLoss": finite(skm.log_loss(labels, P, labels=list(range(k)))),
            "brier": finite(skm.brier_score_loss(labels, P, labels=list(range(k)), scale_by_half=False)),
            "lovaszSoftmax": finite(lovasz.item()),
            "lovaszSoftmaxGradient": rows(probas.grad.numpy()),
            "topLabel": {str(b): top_label_calibration(labels, P, b) for b in (5, 15)},
        }
        probability_cases.append({"name": name, "labels": labels, "probabilities": rows(P), "expected": expected})

    add_probabilities("three classes", [0, 1, 2, 2, 1],
                      [[0.7, 0.2, 0.1], [0.3, 0.4, 0.3], [0.1, 0.3, 0.6], [0.5, 0.1, 0.4], [0.25, 0.5, 0.25]])
    add_probabilities("ties: argmax takes the first, top-k the larger index", [0, 2, 1, 0],
                      [[0.4, 0.4, 0.2], [0.3, 0.3, 0.4], [0.25, 0.25, 0.5], [0.2, 0.4, 0.4]])
    add_probabilities("four classes, class 3 absent from the labels", [0, 1, 2, 0, 1, 2],
                      [[0.4, 0.3, 0.2, 0.1], [0.1, 0.6, 0.1, 0.2], [0.2, 0.2, 0.2, 0.4],
                       [0.7, 0.1, 0.1, 0.1], [0.25, 0.25, 0.25, 0.25], [0.1, 0.1, 0.7, 0.1]])
    add_probabilities("one-hot predictions (Lovász = 1 − mean IoU)", [0, 0, 1, 2, 2, 1],
                      [[1, 0, 0], [0, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0]])
    add_probabilities("one class in the labels", [1, 1, 1],
                      [[0.2, 0.5, 0.3], [0.1, 0.8, 0.1], [0.6, 0.3, 0.1]])
    add_probabilities("n = 1", [2], [[0.2, 0.3, 0.5]])
    add_probabilities("two columns", [0, 1, 1, 0], [[0.8, 0.2], [0.3, 0.7], [0.6, 0.4], [0.5, 0.5]])
    add_probabilities("confident mistakes hit the log-loss clip", [0, 1, 2], [[0, 1, 0], [1, 0, 0], [0.5, 0.5, 0]])
    logits = rng.normal(size=(200, 5)) * 2 + np.eye(5)[rng.integers(0, 5, 200)] * 1.5
    labels = [int(np.argmax(r + rng.normal(size=5))) for r in logits]
    P = np.exp(logits - logits.max(axis=1, keepdims=True))
    add_probabilities("5 classes, n = 200", labels, rounded(P / P.sum(axis=1, keepdims=True), 4))

    # Softmax cross-entropy: value and gradient by autograd.
    cross_entropy = []

    def add_cross_entropy(name, labels, logits):
        z = torch.tensor(np.asarray(logits, dtype=float), requires_grad=True)
        target = torch.tensor(labels) if isinstance(labels[0], int) else torch.tensor(np.asarray(labels, dtype=float))
        loss = F.cross_entropy(z, target)
        loss.backward()
        cross_entropy.append({"name": name, "labels": labels, "logits": rows(z.detach().numpy()),
                              "value": finite(loss.item()), "gradient": rows(z.grad.numpy())})

    add_cross_entropy("three classes", [0, 2, 1], [[2.0, 1.0, 0.1], [0.5, 0.2, 3.0], [-1.0, 0.0, 1.0]])
    add_cross_entropy("large logits do not overflow", [1, 0], [[1000.0, 1001.0, 999.0], [-800.0, -805.0, -790.0]])
    add_cross_entropy("n = 1", [0], [[0.3, -0.2, 0.0, 1.5]])
    add_cross_entropy("one column", [0, 0], [[3.0], [-2.0]])
    add_cross_entropy("probability targets", [[0.7, 0.2, 0.1], [0.0, 0.0, 1.0]], [[1.0, 0.5, -0.5], [0.2, 0.1, 0.4]])
    add_cross_entropy("5 classes, n = 200", labels, rounded(logits, 6))

    # Softmax and log-softmax of one vector, and their vector-Jacobian products for a cotangent g.
    softmax = []
    for name, z, g in [("small", [1.0, 2.0, 3.0], [0.5, -1.0, 2.0]),
                       ("large", [1000.0, 1000.5, 990.0], [1.0, 0.0, 0.0]),
                       ("very negative", [-1000.0, -1200.0, -1000.0], [0.1, 0.2, 0.3]),
                       ("one element", [4.2], [1.5]),
                       ("−∞ logit", [0.0, -math.inf, 1.0], [1.0, 1.0, -1.0])]:
        zt = torch.tensor(z, requires_grad=True)
        p = torch.softmax(zt, 0)
        p.backward(torch.tensor(g))
        softmax_grad = zt.grad.clone()
        zt.grad = None
        lp = torch.log_softmax(zt, 0)
        lp.backward(torch.tensor(g))
        softmax.append({"name": name, "logits": floats(z), "cotangent": g, "softmax": floats(p.detach()),
                        "logSoftmax": floats(lp.detach()), "softmaxVJP": floats(softmax_grad),
                        "logSoftmaxVJP": floats(zt.grad)})
    return {"predicted": predicted, "probabilities": probability_cases, "crossEntropy": cross_entropy,
            "softmax": softmax}


# --------------------------------------------------------------------------
# Calibration


def binned(confidences, outcomes, bins):
    """calibration_curve's uniform bins, with the counts it does not return, and the ECE on them."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    ids = np.searchsorted(edges[1:-1], confidences)
    counts = np.bincount(ids, minlength=bins)
    nonzero = counts != 0
    frequencies = np.bincount(ids, weights=outcomes, minlength=bins)[nonzero] / counts[nonzero]
    means = np.bincount(ids, weights=confidences, minlength=bins)[nonzero] / counts[nonzero]
    ece = float(np.sum(counts[nonzero] / len(confidences) * np.abs(frequencies - means)))
    return {"bins": [int(b) for b in np.flatnonzero(nonzero)], "counts": [int(c) for c in counts[nonzero]],
            "observed": floats(frequencies), "mean": floats(means), "ece": ece}


def top_label_calibration(labels, P, bins):
    confidences = P.max(axis=1)
    correct = (P.argmax(axis=1) == np.asarray(labels)).astype(float)
    return binned(confidences, correct, bins)


def temperature_reference(nll):
    """The T that minimises nll(beta = 1/T): the root of d nll / d beta, by brentq on torch's derivative."""
    def slope(beta):
        b = torch.tensor(beta, requires_grad=True)
        nll(b).backward()
        return b.grad.item()
    low, high = 1e-3, 1e3
    if slope(low) >= 0:
        beta = low
    elif slope(high) <= 0:
        beta = high
    else:
        beta = brentq(slope, low, high, xtol=1e-15, rtol=4 * np.finfo(float).eps, maxiter=500)
    return {"temperature": 1 / beta, "lossBefore": nll(torch.tensor(1.0)).item(),
            "lossAfter": nll(torch.tensor(beta)).item()}


def calibration_fixture():
    rng = np.random.default_rng(23)
    binary = []

    def add(name, labels, probabilities):
        y, p = np.asarray(labels, dtype=float), np.asarray(probabilities, dtype=float)
        curves = {}
        for bins in (1, 5, 10, 15):
            curve = binned(p, y, bins)
            prob_true, prob_pred = calibration_curve(y, p, n_bins=bins, strategy="uniform")
            assert np.allclose(prob_true, curve["observed"], rtol=0, atol=1e-15)
            assert np.allclose(prob_pred, curve["mean"], rtol=0, atol=1e-15)
            curve["observed"], curve["mean"] = floats(prob_true), floats(prob_pred)  # scikit-learn's own numbers
            curves[str(bins)] = curve
        binary.append({"name": name, "labels": floats(y), "probabilities": floats(p),
                       "brier": finite(skm.brier_score_loss(y, p)), "curves": curves})

    add("worked example", [0, 0, 1, 1, 1, 0, 1, 0], [0.1, 0.35, 0.6, 0.8, 0.95, 0.55, 0.4, 0.2])
    add("probabilities on the bin edges", [0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1],
        [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
    add("all labels negative", [0, 0, 0, 0], [0.1, 0.7, 0.3, 0.2])
    add("all labels positive", [1, 1, 1], [0.9, 0.6, 0.05])
    add("n = 1", [1], [0.73])
    add("overconfident model, n = 500", *(lambda p: ([int(rng.random() < 0.5 + 0.6 * (q - 0.5)) for q in p], p))(
        rounded(rng.random(500), 3)))
    add("ties at 0.3, n = 200", [int(rng.random() < 0.3) for _ in range(200)], [0.3] * 120 + [0.7] * 80)

    temperature = []
    z = rng.normal(size=(300, 4)) * 3
    y = [int(np.argmax(r / 3 + rng.normal(size=4) * 0.8)) for r in z]
    z = rounded(z, 6)
    for name, logits, labels in [("overconfident, 4 classes, n = 300", z, y),
                                 ("underconfident: logits / 10", z / 10, y),
                                 ("n = 3", [[2.0, 0.0, -1.0], [0.0, 1.0, 0.5], [1.0, 1.0, -3.0]], [0, 2, 0])]:
        logits_t = torch.tensor(np.asarray(logits, dtype=float))
        labels_t = torch.tensor(labels)
        ref = temperature_reference(lambda beta: F.cross_entropy(logits_t * beta, labels_t))
        temperature.append({"name": name, "labels": labels, "logits": rows(logits), **ref})

    binary_temperature = []
    scores = rounded(rng.normal(size=200) * 4, 6)
    outcomes = [float(rng.random() < 1 / (1 + math.exp(-s / 2.5))) for s in scores]
    for name, logits, labels in [("overconfident, n = 200", scores, outcomes),
                                 ("perfectly separated: T at its lower end", [-2.0, -1.0, 1.0, 3.0], [0, 0, 1, 1]),
                                 ("logits pointing the wrong way: T at its upper end", [-2.0, -1.0, 1.0, 3.0], [1, 1, 0, 0])]:
        logits_t = torch.tensor(np.asarray(logits, dtype=float))
        labels_t = torch.tensor(np.asarray(labels, dtype=float))
        ref = temperature_reference(lambda beta: F.binary_cross_entropy_with_logits(logits_t * beta, labels_t))
        binary_temperature.append({"name": name, "labels": floats(labels), "logits": floats(logits), **ref})
    return {"binary": binary, "temperature": temperature, "binaryTemperature": binary_temperature}


# --------------------------------------------------------------------------
# Honest evaluation


def evaluation_fixture():
    rng = np.random.default_rng(29)
    focal_loss = torchvision_focal_loss()
    focal = []
    for name, labels, logits in [
        ("worked example", [1, 0, 1, 0, 0], [2.0, -1.0, 0.3, 0.8, -3.0]),
        ("saturated logits", [1, 0, 0, 1], [40.0, -40.0, 35.0, -30.0]),
        ("n = 1", [1], [0.0]),
        ("random n = 100", [int(v) for v in rng.random(100) < 0.2], rounded(rng.normal(size=100) * 2, 4)),
    ]:
        for alpha, gamma in [(0.25, 2.0), (None, 2.0), (None, 0.0), (0.5, 1.0), (0.75, 0.5), (0.25, 5.0)]:
            z = torch.tensor(np.asarray(logits, dtype=float), requires_grad=True)
            loss = focal_loss(z, torch.tensor(np.asarray(labels, dtype=float)),
                              alpha=-1 if alpha is None else alpha, gamma=gamma, reduction="mean")
            loss.backward()
            focal.append({"name": name, "labels": floats(labels), "logits": floats(logits), "alpha": alpha,
                          "gamma": gamma, "value": finite(loss.item()), "gradient": floats(z.grad)})

    weighted = []
    for name, labels, probabilities in [
        ("worked example", [1, 0, 1, 0, 0], [0.9, 0.2, 0.6, 0.4, 0.7]),
        ("probabilities 0 and 1 hit the floor", [1, 0, 1, 0], [0.0, 1.0, 1.0, 0.0]),
        ("imbalanced n = 50", [int(v) for v in rng.random(50) < 0.1], rounded(rng.random(50), 3)),
    ]:
        y = np.asarray(labels, dtype=float)
        balanced = compute_sample_weight("balanced", y)
        for kind, weights in [("balanced", balanced), ("positiveWeight 4", np.where(y == 1, 4.0, 1.0)),
                              ("positiveWeight 0", np.where(y == 1, 0.0, 1.0))]:
            p = torch.tensor(np.asarray(probabilities, dtype=float), requires_grad=True)
            loss = F.binary_cross_entropy(p, torch.tensor(y), weight=torch.tensor(weights))
            loss.backward()
            weighted.append({"name": f"{name}, {kind}", "labels": floats(y), "probabilities": floats(probabilities),
                             "weights": floats(weights), "positiveWeight": float(kind.split()[-1]) if "positive" in kind else None,
                             "value": finite(loss.item()), "gradient": floats(p.grad)})
    balanced_cases = [{"labels": floats(y), "weights": floats(compute_sample_weight("balanced", np.asarray(y)))}
                      for y in ([1, 0, 0, 0], [1, 1, 1], [0, 1, 0, 1, 1, 0, 0, 0, 0, 0])]

    # Bootstrap: SeededRandom's resamples, scikit-learn's F1 on each, NumPy's percentiles.
    bootstrap = []
    for name, seed, n, resamples in [("n = 40, 200 resamples", 11, 40, 200), ("n = 7, 50 resamples", 3, 7, 50),
                                     ("n = 1, 5 resamples", 5, 1, 5)]:
        scores = rounded(rng.random(n), 2)
        labels = np.asarray([float(rng.random() < 0.2 + 0.6 * s) for s in scores])
        r = SeededRandom(seed)
        values = []
        for _ in range(resamples):
            idx = [r.integer(n) for _ in range(n)]
            values.append(skm.f1_score(labels[idx], (scores[idx] > 0.5).astype(float), labels=[0, 1], pos_label=1))
        for confidence in (0.95, 0.8):
            q = (1 - confidence) / 2
            bootstrap.append({"name": name, "seed": seed, "resamples": resamples, "confidence": confidence,
                              "labels": floats(labels), "scores": floats(scores),
                              "estimate": skm.f1_score(labels, (scores > 0.5).astype(float), labels=[0, 1], pos_label=1),
                              "lower": float(np.percentile(values, 100 * q)),
                              "upper": float(np.percentile(values, 100 * (1 - q))), "values": floats(values)})

    # Splits: SeededRandom's shuffles cut by the rounding rule.
    def cut(shuffled, train, validation, parts):
        n = len(shuffled)
        a = min(n, int(math.floor(n * train + 0.5)))
        b = min(n - a, int(math.floor(n * validation + 0.5)))
        parts[0] += shuffled[:a]
        parts[1] += shuffled[a:a + b]
        parts[2] += shuffled[a + b:]

    splits = []
    for count, train, validation, seed in [(10, 0.6, 0.2, 1), (7, 0.5, 0.25, 9), (1, 0.6, 0.2, 4), (0, 0.6, 0.2, 4)]:
        parts = [[], [], []]
        cut(SeededRandom(seed).shuffled(range(count)), train, validation, parts)
        splits.append({"count": count, "train": train, "validation": validation, "seed": seed,
                       "expected": [sorted(p) for p in parts]})
    stratified = []
    for labels, train, validation, seed in [([0, 1, 0, 0, 1, 2, 2, 0, 1, 0, 0, 2], 0.5, 0.25, 8),
                                            ([1, 1, 0, 0, 0, 0, 0, 0, 0, 0], 0.6, 0.2, 2)]:
        r = SeededRandom(seed)
        order = list(dict.fromkeys(labels))
        parts = [[], [], []]
        for label in order:
            cut(r.shuffled([i for i, v in enumerate(labels) if v == label]), train, validation, parts)
        stratified.append({"labels": labels, "train": train, "validation": validation, "seed": seed,
                           "expected": [sorted(p) for p in parts]})
    return {"focal": focal, "weightedCrossEntropy": weighted, "balancedWeights": balanced_cases,
            "bootstrap": bootstrap, "splits": splits, "stratifiedSplits": stratified}


# --------------------------------------------------------------------------
# Gradients through discrete choices


def gumbel(r):
    u = r.uniform()
    while u == 0:
        u = r.uniform()
    return -natural_log(-natural_log(u))


def discrete_fixture():
    rng = np.random.default_rng(31)
    soft = []

    def add_soft(name, values, strengths=(0.1, 1.0, 10.0)):
        values = np.asarray(values, dtype=float)
        g = rounded(rng.normal(size=len(values)), 3)
        for strength in strengths:
            for direction in ("ASCENDING", "DESCENDING"):
                ranks, ranks_vjp = soft_rank(values, direction, strength, g)
                sort, sort_vjp = soft_sort(values, direction, strength, g)
                soft.append({"name": name, "values": floats(values), "strength": strength,
                             "direction": direction.lower(), "cotangent": floats(g),
                             "softRank": floats(ranks), "softRankVJP": floats(ranks_vjp),
                             "softSort": floats(sort), "softSortVJP": floats(sort_vjp)})

    add_soft("paper example", [2.9, 0.1, 1.2])
    add_soft("ties", [0.5, 0.2, 0.5, 0.9, 0.2])
    add_soft("n = 1", [3.0])
    add_soft("negative and spread", [-5.0, 10.0, 0.0, 2.5, -1.0, 7.0])
    add_soft("n = 200", rounded(rng.normal(size=200), 4), strengths=(0.01, 1.0))
    hard_ranks = [{"values": floats(v), "ascending": floats(rankdata(v, method="average")),
                   "descending": floats(rankdata(-np.asarray(v), method="average"))}
                  for v in ([2.9, 0.1, 1.2], [0.5, 0.2, 0.5, 0.9, 0.2], [1.0], [3.0, 3.0, 3.0])]

    gumbels = []
    for seed in (0, 7, 42):
        r = SeededRandom(seed)
        gumbels.append({"seed": seed, "draws": [gumbel(r) for _ in range(8)]})
    gumbel_max = []
    for seed, logits in [(1, [0.5, 1.5, -0.3]), (2, [0.0, 0.0, 0.0, 0.0]), (3, [2.0, -math.inf, 1.0])]:
        r = SeededRandom(seed)
        gumbel_max.append({"seed": seed, "logits": floats(logits),
                           "draws": [int(np.argmax([z + gumbel(r) for z in logits])) for _ in range(20)]})

    relaxed = []
    for name, logits, noise, tau in [("τ = 1", [1.0, 2.0, 0.5], [0.3, -0.4, 1.2], 1.0),
                                     ("τ = 0.1", [1.0, 2.0, 0.5], [0.3, -0.4, 1.2], 0.1),
                                     ("τ = 10", [1.0, 2.0, 0.5], [0.3, -0.4, 1.2], 10.0)]:
        for hard in (False, True):
            z = torch.tensor(logits, requires_grad=True)
            y = torch.softmax((z + torch.tensor(noise)) / tau, 0)
            if hard:
                one_hot = torch.zeros_like(y)
                one_hot[int(torch.argmax(y))] = 1
                y_out = one_hot - y.detach() + y
            else:
                y_out = y
            g = torch.tensor([1.0, -2.0, 0.5])
            y_out.backward(g)
            relaxed.append({"name": name, "logits": logits, "noise": noise, "temperature": tau, "hard": hard,
                            "cotangent": floats(g), "value": floats((one_hot if hard else y).detach()),
                            "vjp": floats(z.grad)})

    # Score-function estimates: SeededRandom's draws, the scores onehot(a) − softmax(θ) and b − σ(θ).
    categorical = []
    rewards = [1.0, 3.0, -2.0]
    theta = np.array([0.2, -0.5, 1.0])
    p = np.exp(theta - theta.max())
    p /= p.sum()
    for baseline in ("none", "constant", "leaveOneOut"):
        r = SeededRandom(5)
        draws = [int(np.argmax([z + gumbel(r) for z in theta])) for _ in range(10)]
        rs = np.array([rewards[a] for a in draws])
        b = {"none": np.zeros(10), "constant": np.full(10, 0.5),
             "leaveOneOut": (rs.sum() - rs) / 9}[baseline]
        per = np.array([(rs[m] - b[m]) * (np.eye(3)[draws[m]] - p) for m in range(10)])
        categorical.append({"seed": 5, "logits": floats(theta), "rewards": rewards, "samples": 10,
                            "baseline": baseline, "constant": 0.5, "draws": draws,
                            "gradient": floats(per.mean(axis=0)), "variance": floats(per.var(axis=0, ddof=1)),
                            "exact": floats(p * (np.array(rewards) - p @ rewards))})
    bernoulli = []
    labels = np.array([1.0, 0.0, 1.0, 1.0, 0.0])
    theta = np.array([0.4, -0.2, 1.5, -1.0, 0.3])
    sig = 1 / (1 + np.exp(-theta))
    for baseline in ("none", "leaveOneOut"):
        r = SeededRandom(12)
        draws = [[1.0 if r.uniform() < q else 0.0 for q in sig] for _ in range(8)]
        rs = np.array([skm.f1_score(labels, d, labels=[0, 1], pos_label=1) for d in draws])
        b = np.zeros(8) if baseline == "none" else (rs.sum() - rs) / 7
        per = np.array([(rs[m] - b[m]) * (np.array(draws[m]) - sig) for m in range(8)])
        bernoulli.append({"seed": 12, "logits": floats(theta), "labels": floats(labels), "samples": 8,
                          "baseline": baseline, "draws": draws, "rewards": floats(rs),
                          "gradient": floats(per.mean(axis=0)), "variance": floats(per.var(axis=0, ddof=1))})

    # Perturbed argmax and ranks: SeededRandom's normals, Berthet et al.'s mean and Jacobian estimates.
    perturbed = []
    for kind, values, sigma, samples, seed in [("argmax", [0.5, 1.0, 0.8], 0.5, 50, 3),
                                               ("argmax", [2.0, -1.0], 1.0, 20, 4),
                                               ("ranksAscending", [0.3, -0.2, 0.9, 0.1], 0.3, 40, 6),
                                               ("ranksDescending", [0.3, -0.2, 0.9, 0.1], 0.3, 40, 6)]:
        r = SeededRandom(seed)
        n = len(values)
        total, jac = np.zeros(n), np.zeros((n, n))
        for _ in range(samples):
            z = np.array([r.normal() for _ in range(n)])
            t = np.asarray(values) + sigma * z
            if kind == "argmax":
                y = np.eye(n)[int(np.argmax(t))]
            else:
                y = rankdata(t if kind == "ranksAscending" else -t, method="average")
            total += y
            jac += np.outer(y, z)
        g = rounded(rng.normal(size=n), 3)
        jac /= samples * sigma
        perturbed.append({"kind": kind, "values": values, "sigma": sigma, "samples": samples, "seed": seed,
                          "mean": floats(total / samples), "cotangent": floats(g), "vjp": floats(g @ jac)})
    return {"soft": soft, "hardRanks": hard_ranks, "gumbel": gumbels, "gumbelMax": gumbel_max,
            "gumbelSoftmax": relaxed, "categorical": categorical, "bernoulli": bernoulli, "perturbed": perturbed}


def main():
    if FOUND_VERSIONS != EXPECTED_VERSIONS:
        print(f"warning: versions differ from the pinned ones: {FOUND_VERSIONS}", file=sys.stderr)
    for name, build in [("multiclass", multiclass_fixture), ("calibration", calibration_fixture),
                        ("evaluation", evaluation_fixture), ("discrete", discrete_fixture)]:
        document = {"writtenBy": "scripts/reference_multiclass.py", "versions": FOUND_VERSIONS, **build()}
        path = OUT / f"{name}.json"
        path.write_text(json.dumps(document, indent=1, allow_nan=False) + "\n")
        print(f"wrote {path.relative_to(OUT.parents[2])}")


if __name__ == "__main__":
    main()
