#!/usr/bin/env python3
"""Reference values for the Metrics module, written as JSON fixtures.

Packages and versions used to write the committed fixtures:
    Python        3.11.7
    numpy         2.4.6
    scipy         1.17.1
    scikit-learn  1.9.1
    scikit-image  0.26.0

Install:  pip install numpy==2.4.6 scipy==1.17.1 scikit-learn==1.9.1 scikit-image==0.26.0
Run:      python3 scripts/reference_metrics.py
Writes:   Tests/MetricsTests/Fixtures/{classification,ranking,losses,images,surrogates}.json

Every input is generated deterministically here and stored next to its
reference value, except the n = 10^4 case, which both sides regenerate from
`lcg_case` (a 64-bit linear congruential generator on integers, so Swift and
Python produce the same bits); the fixture keeps a checksum of it.

Non-finite numbers are written as the strings "nan", "inf" and "-inf".
"""

import json
import math
import sys
import warnings
from pathlib import Path

import numpy as np
import scipy
import sklearn
import skimage
from sklearn import metrics as skm
from skimage.metrics import peak_signal_noise_ratio, structural_similarity

EXPECTED_VERSIONS = {"numpy": "2.4.6", "scipy": "1.17.1", "scikit-learn": "1.9.1", "scikit-image": "0.26.0"}
FOUND_VERSIONS = {"numpy": np.__version__, "scipy": scipy.__version__,
                  "scikit-learn": sklearn.__version__, "scikit-image": skimage.__version__}

OUT = Path(__file__).resolve().parent.parent / "Tests" / "MetricsTests" / "Fixtures"

# scikit-learn warns on every undefined case (zero_division, one class);
# those cases are the point of several fixtures.
warnings.simplefilter("ignore")


# --------------------------------------------------------------------------
# Deterministic inputs


def lcg(seed):
    """64-bit LCG (Knuth's MMIX constants); yields the top 31 bits of each state."""
    state = seed % 2**64
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        yield state >> 33


def lcg_case(n, seed):
    """Scores k/1000 (k in 0...999, so many ties) and labels correlated with them.

    label = 1 when (r mod 1000) * 1000 < 200000 + 600 * k, i.e. with
    probability 0.2 + 0.6 * score.
    """
    draws = lcg(seed)
    ks, labels = [], []
    for _ in range(n):
        k = next(draws) % 1000
        r = next(draws) % 1000
        ks.append(k)
        labels.append(1 if r * 1000 < 200000 + 600 * k else 0)
    scores = [k / 1000 for k in ks]
    return scores, labels, {"generator": "lcg", "n": n, "seed": seed,
                            "sumK": int(sum(ks)), "positives": int(sum(labels)),
                            "firstScores": scores[:5], "firstLabels": labels[:5]}


def rounded(values, digits=3):
    """Short decimal numbers keep the fixture small and create ties."""
    return [float(v) for v in np.round(np.asarray(values, dtype=float), digits)]


def finite(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


# --------------------------------------------------------------------------
# Classification: thresholded scores or 0/1 predictions against 0/1 labels


def classification_values(labels, predictions):
    y, p = np.asarray(labels, dtype=int), np.asarray(predictions, dtype=int)
    # Fix the label set so one-class inputs still mean "positive class = 1".
    kw = {"labels": [0, 1], "pos_label": 1, "average": "binary"}
    return {
        "accuracy": finite(skm.accuracy_score(y, p)),
        "precision": finite(skm.precision_score(y, p, **kw)),
        "recall": finite(skm.recall_score(y, p, **kw)),
        "f1": finite(skm.f1_score(y, p, **kw)),
        "fBeta": [{"beta": b, "value": finite(skm.fbeta_score(y, p, beta=b, **kw))} for b in (0.0, 0.5, 2.0)],
        "jaccard": finite(skm.jaccard_score(y, p, **kw)),
        # Binary Dice is 2TP/(2TP+FP+FN), which is F1; scikit-learn has no
        # separate Dice score for labels, so F1 is the reference.
        "dice": finite(skm.f1_score(y, p, **kw)),
        "matthewsCorrelation": finite(skm.matthews_corrcoef(y, p)),
        "balancedAccuracy": finite(skm.balanced_accuracy_score(y, p)),
    }


def classification_fixture():
    rng = np.random.default_rng(3)
    cases = []

    def add(name, scores, labels, threshold):
        predictions = [1 if s > threshold else 0 for s in scores]
        cases.append({"name": name, "scores": scores, "labels": labels, "threshold": threshold,
                      "expected": classification_values(labels, predictions)})

    add("worked example", [0.9, 0.2, 0.6, 0.4, 0.7], [1, 0, 1, 0, 0], 0.5)
    add("scores equal to the threshold are negative", [0.5, 0.5, 0.7, 0.2, 0.5, 0.9], [1, 0, 1, 0, 1, 0], 0.5)
    add("all labels negative", [0.1, 0.8, 0.3, 0.6], [0, 0, 0, 0], 0.5)
    add("all labels negative, no predicted positives", [0.1, 0.2, 0.3], [0, 0, 0], 0.5)
    add("all labels positive", [0.9, 0.4, 0.7, 0.2, 0.6], [1, 1, 1, 1, 1], 0.5)
    add("all labels positive, all predicted positive", [0.9, 0.8], [1, 1], 0.5)
    add("no predicted positives", [0.1, 0.4, 0.3, 0.2, 0.5], [1, 0, 1, 0, 0], 0.5)
    add("all predicted positive", [0.9, 0.6, 0.7, 0.8], [1, 0, 0, 1], 0.5)
    add("perfect", [0.9, 0.1, 0.8, 0.3], [1, 0, 1, 0], 0.5)
    add("all wrong", [0.1, 0.9, 0.2, 0.8], [1, 0, 1, 0], 0.5)
    add("n = 1, true positive", [0.7], [1], 0.5)
    add("n = 1, false positive", [0.7], [0], 0.5)
    add("n = 1, true negative", [0.2], [0], 0.5)
    add("n = 1, false negative", [0.2], [1], 0.5)
    add("logits with threshold 0", rounded(rng.normal(size=40), 2), [int(v) for v in rng.integers(0, 2, 40)], 0.0)
    s = rounded(rng.random(60), 2)
    add("random n = 60 with ties, threshold 0.3", s, [int(rng.random() < 0.2 + 0.6 * v) for v in s], 0.3)

    scores, labels, generator = lcg_case(10_000, 42)
    large = {"name": "lcg n = 10000", "lcg": generator, "threshold": 0.5,
             "expected": classification_values(labels, [1 if v > 0.5 else 0 for v in scores])}

    # Predicted 0/1 labels given directly (no threshold).
    predicted = []
    for name, predictions, labels_ in [
        ("predictions", [1, 0, 1, 1, 0, 0, 1], [1, 0, 0, 1, 1, 0, 1]),
        ("predictions, constant", [1, 1, 1, 1], [1, 0, 1, 0]),
        ("predictions, all zero", [0, 0, 0], [0, 1, 0]),
        ("scikit-learn MCC doc example", [1, 0, 1, 1], [1, 1, 1, 0]),
    ]:
        predicted.append({"name": name, "predictions": predictions, "labels": labels_,
                          "expected": classification_values(labels_, predictions)})
    return {"thresholded": cases, "large": large, "predicted": predicted}


# --------------------------------------------------------------------------
# Ranking: average precision (step-wise) and ROC AUC (ties count 1/2)


def ranking_values(scores, labels):
    y, s = np.asarray(labels, dtype=int), np.asarray(scores, dtype=float)
    return {"averagePrecision": finite(skm.average_precision_score(y, s)),
            "rocAUC": finite(skm.roc_auc_score(y, s))}  # NaN (with a warning) for one class


def ranking_fixture():
    rng = np.random.default_rng(4)
    cases = []

    def add(name, scores, labels):
        cases.append({"name": name, "scores": scores, "labels": labels, "expected": ranking_values(scores, labels)})

    add("scikit-learn doc example", [0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])
    add("worked example", [0.9, 0.2, 0.6, 0.4, 0.7], [1, 0, 1, 0, 0])
    add("ties across classes", [0.5, 0.5, 0.5, 0.2, 0.8, 0.8], [1, 0, 1, 0, 0, 1])
    add("all scores tied", [0.3, 0.3, 0.3, 0.3], [1, 0, 0, 1])
    add("all labels negative", [0.1, 0.8, 0.3], [0, 0, 0])
    add("all labels positive", [0.1, 0.8, 0.3], [1, 1, 1])
    add("n = 1, positive", [0.4], [1])
    add("n = 1, negative", [0.4], [0])
    add("perfect ranking", [0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0])
    add("reversed ranking", [0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])
    add("negative scores (logits)", rounded(rng.normal(size=30), 1), [int(v) for v in rng.integers(0, 2, 30)])
    s = rounded(rng.random(200), 2)
    add("random n = 200 with ties", s, [int(rng.random() < 0.1 + 0.8 * v) for v in s])
    scores, labels, generator = lcg_case(10_000, 7)
    large = {"name": "lcg n = 10000", "lcg": generator, "expected": ranking_values(scores, labels)}
    return {"cases": cases, "large": large}


# --------------------------------------------------------------------------
# Losses: log loss, hinge loss, MSE, MAE


def hinge(labels, decisions):
    """Binary hinge loss with 0 -> -1 and 1 -> +1.

    scikit-learn's hinge_loss encodes the labels with a LabelBinarizer fitted
    on y_true, so when only one class is present it maps that class to -1
    whatever it is. The course fixes the encoding, so one-class cases use
    this formula; two-class cases use scikit-learn.
    """
    y = 2 * np.asarray(labels, dtype=float) - 1
    return float(np.mean(np.maximum(0.0, 1.0 - y * np.asarray(decisions, dtype=float))))


def losses_fixture():
    rng = np.random.default_rng(5)
    log_cases, hinge_cases, regression_cases = [], [], []

    def add_log(name, probabilities, labels):
        value = skm.log_loss(labels, probabilities, labels=[0, 1])
        log_cases.append({"name": name, "probabilities": probabilities, "labels": labels, "expected": finite(value)})

    add_log("worked example", [0.9, 0.2, 0.6, 0.4, 0.7], [1, 0, 1, 0, 0])
    add_log("exact 0 and 1 are clipped at float64 eps", [1.0, 0.0, 1.0, 0.0], [0, 1, 1, 0])
    add_log("worst case per sample", [1.0], [0])
    add_log("tiny probabilities", [1e-20, 1e-300, 1 - 1e-17, 0.5], [1, 0, 1, 1])
    add_log("all labels positive", [0.8, 0.6, 0.99], [1, 1, 1])
    add_log("all labels negative", [0.2, 0.4, 0.01], [0, 0, 0])
    add_log("n = 1", [0.3], [1])
    p = rounded(rng.random(50), 3)
    add_log("random n = 50", p, [int(rng.random() < v) for v in p])

    def add_hinge(name, decisions, labels):
        value = hinge(labels, decisions) if len(set(labels)) < 2 else skm.hinge_loss(labels, decisions)
        hinge_cases.append({"name": name, "decisions": decisions, "labels": labels, "expected": finite(value)})

    add_hinge("margins on both sides", [2.0, -0.5, 0.3, -1.5, 1.0, 0.0], [1, 0, 1, 0, 0, 1])
    add_hinge("all correct beyond the margin", [3.0, -2.0], [1, 0])
    add_hinge("all labels positive (fixed encoding)", [0.5, 2.0, -1.0], [1, 1, 1])
    add_hinge("all labels negative (fixed encoding)", [0.5, -2.0, -1.0], [0, 0, 0])
    add_hinge("n = 1", [0.25], [1])
    d = rounded(rng.normal(size=40), 2)
    add_hinge("random n = 40", d, [int(v) for v in rng.integers(0, 2, 40)])

    def add_regression(name, truth, estimate):
        regression_cases.append({"name": name, "truth": truth, "estimate": estimate,
                                 "meanSquaredError": finite(skm.mean_squared_error(truth, estimate)),
                                 "meanAbsoluteError": finite(skm.mean_absolute_error(truth, estimate))})

    add_regression("small", [3.0, -0.5, 2.0, 7.0], [2.5, 0.0, 2.0, 8.0])
    add_regression("identical", [1.5, 2.5], [1.5, 2.5])
    add_regression("n = 1", [-4.0], [2.5])
    add_regression("random n = 100", rounded(rng.normal(size=100) * 10, 3), rounded(rng.normal(size=100) * 10, 3))

    scores, labels, generator = lcg_case(10_000, 11)
    s, y = np.asarray(scores), np.asarray(labels)
    large = {"name": "lcg n = 10000", "lcg": generator,
             "logLoss": finite(skm.log_loss(y, s, labels=[0, 1])),  # includes scores of exactly 0
             "hingeLoss (decisions 2s - 1)": finite(skm.hinge_loss(y, 2 * s - 1)),
             "meanSquaredError": finite(skm.mean_squared_error(y, s)),
             "meanAbsoluteError": finite(skm.mean_absolute_error(y, s))}
    return {"logLoss": log_cases, "hingeLoss": hinge_cases, "regression": regression_cases, "large": large}


# --------------------------------------------------------------------------
# Images: PSNR and SSIM (value and gradient with respect to the second image)


SETTINGS = {
    # scikit-image's defaults: 7x7 uniform window, sample covariance.
    "scikitImage": ({"window": "uniform", "size": 7, "sampleCovariance": True, "k1": 0.01, "k2": 0.03}, {}),
    # Wang et al. 2004: 11-tap Gaussian, sigma 1.5, population covariance.
    "wang2004": ({"window": "gaussian", "sigma": 1.5, "sampleCovariance": False, "k1": 0.01, "k2": 0.03},
                 {"gaussian_weights": True, "sigma": 1.5, "use_sample_covariance": False}),
    "gaussian, sample covariance": ({"window": "gaussian", "sigma": 1.5, "sampleCovariance": True, "k1": 0.01, "k2": 0.03},
                                    {"gaussian_weights": True, "sigma": 1.5}),
    "uniform 5x5, population, K 0.02/0.05": ({"window": "uniform", "size": 5, "sampleCovariance": False, "k1": 0.02, "k2": 0.05},
                                             {"win_size": 5, "use_sample_covariance": False, "K1": 0.02, "K2": 0.05}),
    "gaussian sigma 1, 7 taps": ({"window": "gaussian", "sigma": 1.0, "sampleCovariance": False, "k1": 0.01, "k2": 0.03},
                                 {"gaussian_weights": True, "sigma": 1.0, "use_sample_covariance": False}),
}


def ssim(x, y, data_range, setting):
    return structural_similarity(np.asarray(x, dtype=float), np.asarray(y, dtype=float),
                                 data_range=data_range, **SETTINGS[setting][1])


def window_size(setting):
    parameters = SETTINGS[setting][0]
    if parameters["window"] == "uniform":
        return parameters["size"]
    return 2 * int(3.5 * parameters["sigma"] + 0.5) + 1


def ssim_gradient_by_differences(x, y, data_range, setting, h=1e-4):
    """d mean-SSIM / d y by fourth-order central differences on skimage's SSIM.

    scikit-image's own `gradient=True` output is not used: it is Avanaki's
    gradient of the mean over the *whole* reflect-padded SSIM map with
    population covariance, while the value it returns is the mean over the
    cropped map (and may use sample covariance). The script prints how far
    apart the two are.
    """
    y = np.asarray(y, dtype=float)
    gradient = np.zeros_like(y)
    for index in np.ndindex(y.shape):
        def f(t):
            moved = y.copy()
            moved[index] += t
            return ssim(x, moved, data_range, setting)
        gradient[index] = (8 * (f(h) - f(-h)) - (f(2 * h) - f(-2 * h))) / (12 * h)
    return gradient


def skimage_gradient_gap():
    """How close scikit-image's `gradient=True` is to the gradient it stands for.

    It returns Avanaki's gradient of the mean over the whole SSIM map (no
    crop), a formula that assumes population covariance. Against central
    differences of that full-map mean on the 32x32 pair of lesson 8, it should
    agree to the differences' accuracy with use_sample_covariance=False and be
    about 2% off with the default sample covariance. Printed, not stored.
    """
    i, j = np.meshgrid(np.arange(32), np.arange(32), indexing="ij")
    x = (np.sin(i / 3) + np.cos(j / 5) + 2) / 4
    y = np.clip(x + 0.1 * np.sin(0.1 * i * j), 0, 1)
    for sample in (False, True):
        def full_mean(moved):
            _, ssim_map = structural_similarity(x, moved, data_range=1.0, full=True, use_sample_covariance=sample)
            return ssim_map.mean()
        differences = np.zeros_like(y)
        for index in np.ndindex(y.shape):
            above, below = y.copy(), y.copy()
            above[index] += 1e-5
            below[index] -= 1e-5
            differences[index] = (full_mean(above) - full_mean(below)) / 2e-5
        _, reported = structural_similarity(x, y, data_range=1.0, gradient=True, use_sample_covariance=sample)
        gap = np.linalg.norm(reported - differences) / np.linalg.norm(differences)
        print(f"  skimage gradient=True, use_sample_covariance={sample}: "
              f"|reported - d(full-map mean)| / |d(full-map mean)| = {gap:.3e}")


def images_fixture():
    rng = np.random.default_rng(6)

    # The 32x32 example from the research notes, stored in full.
    i, j = np.meshgrid(np.arange(32), np.arange(32), indexing="ij")
    notes_x = (np.sin(i / 3) + np.cos(j / 5) + 2) / 4
    notes_y = np.clip(notes_x + 0.1 * np.sin(0.1 * i * j), 0, 1)

    pairs = []

    def add_pair(name, x, y, data_range, settings):
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        entry = {"name": name, "height": x.shape[0], "width": x.shape[1],
                 "x": [float(v) for v in x.ravel()], "y": [float(v) for v in y.ravel()],
                 "dataRange": data_range,
                 "psnr": finite(peak_signal_noise_ratio(x, y, data_range=data_range)),
                 "ssim": []}
        for setting in settings:
            if min(x.shape) >= window_size(setting):
                entry["ssim"].append({"setting": setting, "value": finite(ssim(x, y, data_range, setting))})
        pairs.append(entry)

    every = list(SETTINGS)
    add_pair("research notes 32x32 (floats, L = 1)", notes_x, notes_y, 1.0, every)
    u8 = rng.integers(0, 256, size=(16, 16))
    noisy = np.clip(u8 + rng.integers(-20, 21, size=(16, 16)), 0, 255)
    add_pair("8-bit 16x16 with noise (L = 255)", u8, noisy, 255.0, every)
    add_pair("constant images", np.full((12, 12), 0.25), np.full((12, 12), 0.75), 1.0, every)
    add_pair("identical constant images", np.full((12, 12), 0.5), np.full((12, 12), 0.5), 1.0, every)
    add_pair("identical images (PSNR is infinite)", u8, u8, 255.0, every)
    signed = np.round(rng.uniform(-1, 1, size=(13, 11)), 3)
    add_pair("negative values 13x11 (L = 2)", signed, np.round(np.clip(signed * 0.8 + 0.05, -1, 1), 4), 2.0, every)
    small = np.round(rng.random((7, 9)), 3)
    add_pair("smallest image for a 7x7 window", small, np.round(small ** 2, 4), 1.0, every)

    # Gradient of mean SSIM with respect to the second image.
    gx = np.round(rng.random((12, 13)), 3)
    gy = np.round(np.clip(gx + rng.normal(scale=0.1, size=(12, 13)), 0, 1), 3)
    gradient = {"height": 12, "width": 13, "x": [float(v) for v in gx.ravel()], "y": [float(v) for v in gy.ravel()],
                "dataRange": 1.0, "method": "fourth-order central differences on skimage's SSIM, h = 1e-4",
                "settings": []}
    for setting in ["scikitImage", "wang2004", "gaussian, sample covariance"]:
        g = ssim_gradient_by_differences(gx, gy, 1.0, setting)
        _, skimage_g = structural_similarity(gx, gy, data_range=1.0, gradient=True, **SETTINGS[setting][1])
        print(f"  SSIM gradient ({setting}): max |skimage gradient=True - differences| = "
              f"{np.max(np.abs(skimage_g - g)):.3e} (max |gradient| {np.max(np.abs(g)):.3e})")
        gradient["settings"].append({"setting": setting, "value": finite(ssim(gx, gy, 1.0, setting)),
                                     "gradientWithRespectToY": [float(v) for v in g.ravel()]})

    return {"settings": {name: parameters for name, (parameters, _) in SETTINGS.items()},
            "pairs": pairs, "gradient": gradient}


# --------------------------------------------------------------------------
# Surrogates, written out from their papers in plain NumPy (O(n^2) where the
# paper is pairwise) as a second implementation to compare against.


def soft_counts(p, y):
    p, y = np.asarray(p, dtype=float), np.asarray(y, dtype=float)
    return np.sum(p * y), np.sum(p * (1 - y)), np.sum((1 - p) * y), np.sum((1 - p) * (1 - y))


def lovasz_hinge(logits, labels):
    """Berman et al. 2018, binary case: Lovasz extension of the Jaccard loss on hinge errors."""
    z, y = np.asarray(logits, dtype=float), np.asarray(labels, dtype=float)
    errors = 1 - z * (2 * y - 1)
    order = np.argsort(-errors, kind="stable")
    sorted_errors, sorted_labels = errors[order], y[order]
    positives = sorted_labels.sum()
    intersection = positives - np.cumsum(sorted_labels)
    union = positives + np.cumsum(1 - sorted_labels)
    jaccard_loss = 1 - intersection / union
    increments = np.concatenate([jaccard_loss[:1], np.diff(jaccard_loss)])
    return float(np.dot(np.maximum(sorted_errors, 0), increments))


def smooth_ap(scores, labels, temperature):
    """Brown et al. 2020: AP with the rank indicator replaced by sigmoid(D / temperature)."""
    s, y = np.asarray(scores, dtype=float), np.asarray(labels, dtype=bool)
    d = s[None, :] - s[:, None]  # d[i, j] = s_j - s_i
    g = 1 / (1 + np.exp(-d / temperature))
    np.fill_diagonal(g, 0)
    total = 0.0
    for i in np.flatnonzero(y):
        above_positive = 1 + g[i, y].sum()
        total += above_positive / (above_positive + g[i, ~y].sum())
    return total / y.sum()


def pairwise_auc(scores, labels, form, temperature=None):
    s, y = np.asarray(scores, dtype=float), np.asarray(labels, dtype=bool)
    d = s[y][:, None] - s[~y][None, :]  # positive minus negative
    if form == "sigmoid":
        soft = 1 / (1 + np.exp(-d / temperature))
    elif form == "logistic":
        soft = 1 - np.log2(1 + np.exp(-d))
    else:
        soft = np.minimum(1.0, d)  # 1 - max(0, 1 - d)
    return float(soft.mean())


def surrogates_fixture():
    rng = np.random.default_rng(8)
    cases = []

    def add(name, probabilities, logits, labels):
        p, y = np.asarray(probabilities, dtype=float), np.asarray(labels, dtype=float)
        tp, fp, fn, tn = soft_counts(p, y)
        bce = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        cases.append({
            "name": name, "probabilities": probabilities, "logits": logits, "labels": labels,
            "softCounts": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
            "softPrecision": tp / (tp + fp), "softRecall": tp / (tp + fn),
            "softF1": 2 * tp / (2 * tp + fp + fn),
            "softFBeta2": 5 * tp / (5 * tp + 4 * fn + fp),
            "softJaccard": tp / (tp + fp + fn),
            "softDiceSquared": 2 * np.sum(p * y) / (np.sum(p * p) + np.sum(y * y)),
            "binaryCrossEntropy": bce,
            "lovaszHinge": lovasz_hinge(logits, labels),
            "smoothAP(0.01)": smooth_ap(probabilities, labels, 0.01),
            "smoothAP(0.5)": smooth_ap(probabilities, labels, 0.5),
            "pairwiseAUC sigmoid(0.1)": pairwise_auc(logits, labels, "sigmoid", 0.1),
            "pairwiseAUC logistic": pairwise_auc(logits, labels, "logistic"),
            "pairwiseAUC hinge": pairwise_auc(logits, labels, "hinge"),
        })

    p = [0.9, 0.2, 0.6, 0.4, 0.7]
    add("worked example", p, [float(np.log(v / (1 - v))) for v in p], [1, 0, 1, 0, 0])
    z = rounded(rng.normal(size=25) * 2, 3)
    y = [int(v) for v in rng.integers(0, 2, 25)]
    add("random n = 25", [float(1 / (1 + np.exp(-v))) for v in z], z, y)
    z = [1.5, -0.5, -0.5, 0.25, 2.0, -1.0]
    add("tied logits", [float(1 / (1 + np.exp(-v))) for v in z], z, [1, 0, 1, 0, 1, 0])
    return {"cases": cases}


# --------------------------------------------------------------------------


def dumps(value, indent=""):
    """JSON with one key per line and lists of numbers or strings on one line."""
    inner = indent + " "
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k)}: {dumps(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        return "[\n" + ",\n".join(inner + dumps(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, allow_nan=False, separators=(",", ":"))


def main():
    for name, expected in EXPECTED_VERSIONS.items():
        if FOUND_VERSIONS[name] != expected:
            print(f"warning: {name} {FOUND_VERSIONS[name]} found, fixtures were written with {expected}", file=sys.stderr)
    skimage_gradient_gap()
    OUT.mkdir(parents=True, exist_ok=True)
    header = {"writtenBy": "scripts/reference_metrics.py", "versions": FOUND_VERSIONS}
    for name, build in [("classification", classification_fixture), ("ranking", ranking_fixture),
                        ("losses", losses_fixture), ("images", images_fixture),
                        ("surrogates", surrogates_fixture)]:
        print(f"{name}.json")
        document = {**header, **build()}
        text = dumps(document)
        (OUT / f"{name}.json").write_text(text + "\n")


if __name__ == "__main__":
    main()
